/**
 * Every catalogue `@sesame/react` ships (core and React texts of one locale each). Import a
 * single one from its own entry (`@sesame/react/locales/de`): a bundle carries only what it
 * imports.
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

export type * from './types'
export { de, en, es, fr, it, nl, pt }

/** The seven shipped React catalogues, English first (the default fallback). */
export const reactCatalogues = [en, fr, de, es, it, nl, pt] as const
