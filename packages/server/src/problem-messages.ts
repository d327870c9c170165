import type { ShippedLocale } from '@sesame/core'
import type { ProblemCode } from '@sesame/core/wire'
import { serverCatalogues } from './locales/index'
import type { ProblemText } from './locales/types'

export type { ProblemText } from './locales/types'

/**
 * Every problem's text, per shipped locale.
 *
 * @deprecated Read `catalogue.server.problems` of a catalogue (`@sesame/server/locales/de`...),
 * or pass `catalogues` to the handler.
 */
export const PROBLEM_MESSAGES: {
  readonly [L in ShippedLocale]: { readonly [C in ProblemCode]: ProblemText }
} = Object.freeze(
  Object.fromEntries(serverCatalogues.map((c) => [c.locale, c.server.problems])) as {
    [L in ShippedLocale]: { readonly [C in ProblemCode]: ProblemText }
  },
)
