import {
  type Blocklist,
  type CheckResult,
  checkPassword,
  type PasswordContext,
  type Policy,
  type RuleAnswer,
} from '@sesame/core'
import { useMemo } from 'react'
import { labelsOf } from './lib/labels'

/** Options of {@link usePasswordChecklist}. */
export interface PasswordChecklistOptions {
  /** Language of the labels (`'fr'`, `'en'`, or a BCP 47 tag such as `'fr-CA'`); English otherwise. */
  locale?: string | undefined
  /** What the password is compared with (`notContextual` and `match` rules). */
  context?: PasswordContext | undefined
  /** Enables the `notCommon` rule; without it that rule stays pending. */
  blocklist?: Blocklist | undefined
  /** Answers of asynchronous rules (strength, breach), keyed by rule id. */
  answers?: Readonly<Record<string, RuleAnswer>> | undefined
}

/** What {@link usePasswordChecklist} returns: `checkPassword`'s result plus one label per check. */
export interface PasswordChecklistState extends CheckResult {
  /** One label per check, in policy order (e.g. `'2 chiffres'`). */
  readonly labels: readonly string[]
}

/**
 * Evaluates `policy` against `password` during render: synchronous, memoised on its inputs,
 * with no effect and no timer, so the checklist is right on the very keystroke.
 *
 * @example
 * const { ok, checks, labels } = usePasswordChecklist(policy, password, { locale: 'fr' })
 */
export function usePasswordChecklist(
  policy: Policy,
  password: string,
  options: PasswordChecklistOptions = {},
): PasswordChecklistState {
  const { locale, context, blocklist, answers } = options
  // Callers usually pass a fresh context object each render: memoise on its contents instead.
  const contextKey = context
    ? JSON.stringify([context.email, context.name, context.userInputs, context.confirmation])
    : ''
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the context's contents
  const stableContext = useMemo(() => context, [contextKey])
  const result = useMemo(
    () =>
      checkPassword(policy, password, stableContext, {
        ...(blocklist ? { blocklist } : {}),
        ...(answers ? { answers } : {}),
      }),
    [policy, password, stableContext, blocklist, answers],
  )
  const labels = labelsOf(policy, result.checks, locale)
  return useMemo(() => ({ ...result, labels }), [result, labels])
}
