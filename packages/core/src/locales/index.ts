/**
 * Every catalogue `@sesame/core` ships, one per locale. Import a single one from its own entry
 * (`@sesame/core/locales/de`) when bundle size matters.
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

export { de, en, es, fr, it, nl, pt }

/** The seven shipped core catalogues, English first (the default fallback). */
export const coreCatalogues = [en, fr, de, es, it, nl, pt] as const

export {
  type CatalogueCheckOptions,
  type CatalogueProblem,
  catalogueProblems,
} from './check'
