import {
  type Blocklist,
  type CheckResult,
  checkPassword,
  describeCheck,
  describePolicy,
  type PasswordContext,
  type Policy,
  type RuleAnswer,
} from '@sesame/core'
import { type ChecklistMessages, getChecklistMessages } from '../lib/checklist-messages'
import type { CataloguePart } from '../locales/types'

/** Options of {@link evaluateChecklist} and `usePasswordChecklist`. */
export interface PasswordChecklistOptions {
  /** Language of the labels (a BCP 47 tag such as `'fr-CA'`), negotiated among the catalogues. */
  locale?: string | undefined
  /** The catalogues to negotiate among (default: the built-in English and French). */
  catalogues?: readonly CataloguePart<'checklist'>[] | undefined
  /** What the password is compared with (`notContextual` and `match` rules). */
  context?: PasswordContext | undefined
  /** Enables the `notCommon` rule; without it that rule stays pending. */
  blocklist?: Blocklist | undefined
  /** Answers of asynchronous rules (strength, breach), keyed by rule id. */
  answers?: Readonly<Record<string, RuleAnswer>> | undefined
  /** Text overrides (met / not met, summary). */
  messages?: Partial<ChecklistMessages> | undefined
}

/**
 * Where one criterion stands: `idle` before anything is typed (neither met nor an error),
 * then `met` or `unmet`, or `checking` while an asynchronous answer is awaited.
 */
export type ChecklistItemState = 'idle' | 'met' | 'unmet' | 'checking'

/** One line of the checklist, ready to render. */
export interface ChecklistItem {
  /** The rule's id. */
  readonly id: string
  /** The rule's type. */
  readonly type: string
  /** Its label, e.g. `'2 chiffres'`. */
  readonly label: string
  /** Where it stands. */
  readonly state: ChecklistItemState
  /** Its state in words, for screen readers (`''` while idle: the heading says they are requirements). */
  readonly status: string
}

/** `checkPassword`'s result plus what a checklist shows. */
export interface PasswordChecklistState extends CheckResult {
  /** One label per check, in policy order (e.g. `'2 chiffres'`), then `wellFormed`'s when it fails. */
  readonly labels: readonly string[]
  /** Something was typed: before that, every item is `idle`. */
  readonly started: boolean
  /** One item per check, in policy order (then `wellFormed`, only when the password fails it). */
  readonly items: readonly ChecklistItem[]
  /** Labels of the rules the password fails (pending ones are not failures). */
  readonly missing: readonly string[]
  /** What the live region announces once typing pauses (`''` while nothing is typed). */
  readonly summary: string
}

/**
 * The checklist of `password` under `policy`: pure and synchronous, so every binding (React,
 * Vue, plain DOM) shows the same thing on the very keystroke.
 *
 * @example
 * const { items, summary } = evaluateChecklist(policy, 'aB1', { locale: 'fr' })
 */
export function evaluateChecklist(
  policy: Policy,
  password: string,
  options: PasswordChecklistOptions = {},
): PasswordChecklistState {
  const { locale, context, blocklist, answers, catalogues } = options
  const text = getChecklistMessages(locale, options.messages, catalogues)
  const describe = catalogues ? { catalogues } : {}
  const result = checkPassword(policy, password, context, {
    ...(blocklist ? { blocklist } : {}),
    ...(answers ? { answers } : {}),
  })
  const rules = describePolicy(policy, locale, describe)
  // Past the rules: the implicit wellFormed check, listed only when it fails.
  const labels = result.checks.map(
    (check, index) => rules[index] ?? describeCheck(policy, check, locale, describe),
  )
  const started = password !== ''
  const items = result.checks.map((check, index): ChecklistItem => {
    const state = !started ? 'idle' : check.met === null ? 'checking' : check.met ? 'met' : 'unmet'
    const status = { idle: '', checking: text.pending, met: text.met, unmet: text.notMet }[state]
    return { id: check.id, type: check.type, label: labels[index] as string, state, status }
  })
  const missing = items.flatMap((item, index) => {
    if (item.state !== 'unmet') return []
    const check = result.checks[index]
    // Too long is not "8 caractères" missing: name the maximum instead.
    return check?.type === 'length' && check.tooLong && check.max !== undefined
      ? describePolicy(
          { version: 1, rules: [{ type: 'length', id: check.id, min: 0, max: check.max }] },
          locale,
          describe,
        )
      : [item.label]
  })
  const met = items.filter((item) => item.state === 'met').length
  const count = text.summary(met, items.length, missing)
  const summary = !started
    ? ''
    : result.ok
      ? text.allMet
      : missing.length > 0
        ? `${count} ${text.unmet(missing)}`
        : count
  return { ...result, labels, started, items, missing, summary }
}
