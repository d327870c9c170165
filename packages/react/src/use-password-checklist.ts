import type { Policy } from '@sesame/core'
import { useMemo } from 'react'
import {
  evaluateChecklist,
  type PasswordChecklistOptions,
  type PasswordChecklistState,
} from './controllers/checklist'
import { useSesameLocale } from './locale-context'

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
  const { context, blocklist, answers, messages } = options
  const shared = useSesameLocale()
  const locale = options.locale ?? shared.locale
  const catalogues = options.catalogues ?? shared.catalogues
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
        catalogues,
        context: stableContext,
        blocklist,
        answers,
        messages,
      }),
    [policy, password, locale, catalogues, stableContext, blocklist, answers, messages],
  )
}
