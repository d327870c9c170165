import type { ProblemCode } from '@sesame/core/wire'
import { en } from './locales/en'
import { fr } from './locales/fr'
import type { ProblemText } from './locales/types'

export type { ProblemText } from './locales/types'

/**
 * Every problem's text in the built-in locales.
 *
 * @deprecated Read `catalogue.server.problems` of a catalogue (`@sesame/server/locales/de`...),
 * or pass `catalogues` to the handler.
 */
export const PROBLEM_MESSAGES: {
  readonly [L in 'en' | 'fr']: { readonly [C in ProblemCode]: ProblemText }
} = Object.freeze({ en: en.server.problems, fr: fr.server.problems })

/**
 * The labels of the checks the server adds to the policy's own (`reused`), in the built-in locales.
 *
 * @deprecated Read `catalogue.server.checks` of a catalogue.
 */
export const SERVER_CHECK_LABELS: { readonly [L in 'en' | 'fr']: { readonly reused: string } } =
  Object.freeze({ en: en.server.checks, fr: fr.server.checks })
