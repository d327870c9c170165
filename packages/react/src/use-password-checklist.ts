import type { Policy } from '@sesame/core'
import { useMemo } from 'react'
import {
  evaluateChecklist,
  type PasswordChecklistOptions,
  type PasswordChecklistState,
} from './controllers/checklist'

export type { PasswordChecklistOptions, PasswordChecklistState }

/**
 * Evaluates `policy` against `password` during render (`evaluateChecklist` of
 * `@sesame/react/controllers`): synchronous, memoised on its inputs, with no effect and no
 * timer, so the checklist is right on the very keystroke.
 *
 * @example
 * const { ok, items, labels } = usePasswordChecklist(policy, password, { locale: 'fr' })
 */
export function usePasswordChecklist(
  policy: Policy,
  password: string,
  options: PasswordChecklistOptions = {},
): PasswordChecklistState {
  const { locale, context, blocklist, answers, messages } = options
  // Callers usually pass a fresh context object each render: memoise on its contents instead.
  const contextKey = context
    ? JSON.stringify([context.email, context.name, context.userInputs, context.confirmation])
    : ''
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the context's contents
  const stableContext = useMemo(() => context, [contextKey])
  return useMemo(
    () =>
      evaluateChecklist(policy, password, {
        locale,
        context: stableContext,
        blocklist,
        answers,
        messages,
      }),
    [policy, password, locale, stableContext, blocklist, answers, messages],
  )
}
