import { type Policy, policyHeading } from '@sesame/core'
import { useId } from 'react'
import type { ChecklistItem, ChecklistItemState } from './controllers/checklist'
import { getChecklistMessages } from './lib/checklist-messages'
import { useDebounced } from './lib/use-debounced'
import { visuallyHidden } from './lib/visually-hidden'
import { useSesameLocale } from './locale-context'
import type { SesameReactMessages } from './messages'
import { type PasswordChecklistOptions, usePasswordChecklist } from './use-password-checklist'

/** Props of {@link PasswordChecklist}. */
export interface PasswordChecklistProps extends PasswordChecklistOptions {
  /** The policy whose rules are listed, in order. */
  policy: Policy
  /** The password being typed. */
  password: string
  /** Id of the checklist (heading and list, not the live region): point the field's `aria-describedby` at it. */
  id?: string
  /** How long typing must pause before the live region announces the summary (ms, default 1000). */
  announceDelayMs?: number
  /** Text overrides (heading, met / not met, summary). */
  messages?: Partial<SesameReactMessages> | undefined
  /** Extra class on the root element (which always has `sesame-checklist`). */
  className?: string
  /** Lines only the server can decide (its `reused` check, from a controller's `checklist.items`), after the policy's. */
  serverItems?: readonly ChecklistItem[] | undefined
}

// `data-met` as before the idle state existed; the trailing space separates icon and label without CSS.
const MET: Record<ChecklistItemState, string> = {
  idle: 'pending',
  checking: 'pending',
  met: 'true',
  unmet: 'false',
}
const ICONS: Record<ChecklistItemState, string> = {
  idle: '• ',
  checking: '… ',
  met: '✓ ',
  unmet: '✗ ',
}

/**
 * The live checklist: "Votre mot de passe doit contenir :" then one item per rule. Nothing is
 * marked before the user types (a list of requirements, not five errors); then each item is
 * met or not met, by an icon (hidden from screen readers) and by visually hidden text. A polite
 * live region, present from the first render, announces a summary once typing pauses.
 *
 * Unstyled: style it through `.sesame-checklist*` classes and the `data-state` attribute
 * (`"idle"`, `"met"`, `"unmet"` or `"checking"`), or import `@sesame/react/styles.css`.
 */
export function PasswordChecklist(props: PasswordChecklistProps) {
  const { policy, password, id, announceDelayMs = 1000, className } = props
  const shared = useSesameLocale()
  const locale = props.locale ?? shared.locale
  const catalogues = props.catalogues ?? shared.catalogues
  const text = getChecklistMessages(locale, props.messages, catalogues)
  const { ok, started, items, summary } = usePasswordChecklist(policy, password, {
    ...props,
    locale,
    catalogues,
  })
  const generatedId = useId()
  const rootId = id ?? `${generatedId}checklist`
  const headingId = `${rootId}-heading`
  const announcement = useDebounced(summary, announceDelayMs, '')

  return (
    <>
      <div
        id={rootId}
        className={className ? `sesame-checklist ${className}` : 'sesame-checklist'}
        data-ok={ok}
        data-started={started}
      >
        <p id={headingId} className="sesame-checklist__heading">
          {text.checklistHeading ?? policyHeading(locale, catalogues ? { catalogues } : {})}
        </p>
        <ul className="sesame-checklist__list" aria-labelledby={headingId}>
          {(props.serverItems ? [...items, ...props.serverItems] : items).map((item) => (
            <li
              key={item.id}
              className="sesame-checklist__item"
              data-state={item.state}
              data-met={MET[item.state]}
              data-rule={item.type}
            >
              <span className="sesame-checklist__icon" aria-hidden="true">
                {ICONS[item.state]}
              </span>
              <span className="sesame-checklist__label">{item.label}</span>
              {item.status ? <span style={visuallyHidden}>{` (${item.status})`}</span> : null}
            </li>
          ))}
        </ul>
      </div>
      {/* A sibling, not a child: a field described by the checklist must not repeat the summary. */}
      <div
        className="sesame-checklist__live"
        role="status"
        aria-live="polite"
        aria-atomic="true"
        style={visuallyHidden}
      >
        {announcement}
      </div>
    </>
  )
}
