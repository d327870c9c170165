import { type Policy, policyHeading } from '@sesame/core'
import { useId } from 'react'
import { getChecklistMessages } from './lib/checklist-messages'
import { useDebounced } from './lib/use-debounced'
import { visuallyHidden } from './lib/visually-hidden'
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
}

// The trailing space separates icon and label when no stylesheet is loaded.
const ICONS = { true: '✓ ', false: '✗ ', pending: '… ' } as const

/**
 * The live checklist: "Votre mot de passe doit contenir :" then one item per rule, each marked
 * met or not met by an icon (hidden from screen readers) and by visually hidden text. A polite
 * live region, present from the first render, announces a summary once typing pauses.
 *
 * Unstyled: style it through `.sesame-checklist*` classes and the `data-met` attribute
 * (`"true"`, `"false"` or `"pending"`), or import `@sesame/react/styles.css`.
 */
export function PasswordChecklist(props: PasswordChecklistProps) {
  const { policy, password, locale, id, announceDelayMs = 1000, className } = props
  const text = getChecklistMessages(locale, props.messages)
  const { ok, checks, labels } = usePasswordChecklist(policy, password, props)
  const generatedId = useId()
  const rootId = id ?? `${generatedId}checklist`
  const headingId = `${rootId}-heading`

  const missing = labels.filter((_, index) => checks[index]?.met !== true)
  const summary = ok
    ? text.allMet
    : text.summary(checks.length - missing.length, checks.length, missing)
  const announcement = useDebounced(summary, announceDelayMs, '')

  return (
    <>
      <div
        id={rootId}
        className={className ? `sesame-checklist ${className}` : 'sesame-checklist'}
        data-ok={ok}
      >
        <p id={headingId} className="sesame-checklist__heading">
          {text.checklistHeading ?? policyHeading(locale)}
        </p>
        <ul className="sesame-checklist__list" aria-labelledby={headingId}>
          {checks.map((check, index) => {
            const state = check.met === null ? 'pending' : String(check.met)
            const status = check.met === null ? text.pending : check.met ? text.met : text.notMet
            return (
              <li
                key={check.id}
                className="sesame-checklist__item"
                data-met={state}
                data-rule={check.type}
              >
                <span className="sesame-checklist__icon" aria-hidden="true">
                  {ICONS[state as keyof typeof ICONS]}
                </span>
                <span className="sesame-checklist__label">{labels[index]}</span>
                <span style={visuallyHidden}>{` (${status})`}</span>
              </li>
            )
          })}
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
