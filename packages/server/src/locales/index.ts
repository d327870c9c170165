/**
 * Every catalogue `@sesame/server` ships (core and server texts of one locale each). The handler
 * offers English and French by default: pass `catalogues: serverCatalogues` for all seven.
 *
 * @packageDocumentation
 */
import { de } from './de'
import { en } from './en'
import { es } from './es'
import { fr } from './fr'
import { it } from './it'
import { nl } from './nl'
import { pt } from './pt'

export type { ProblemText, ServerCatalogue, ServerTexts } from './types'
export { de, en, es, fr, it, nl, pt }

/** The seven shipped server catalogues, English first (the default fallback). */
export const serverCatalogues = [en, fr, de, es, it, nl, pt] as const
