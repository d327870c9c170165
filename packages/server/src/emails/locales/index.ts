import { de } from './de'
import { en } from './en'
import { es } from './es'
import { fr } from './fr'
import { it } from './it'
import { nl } from './nl'
import { pt } from './pt'

export { de, en, es, fr, it, nl, pt }

/** The seven shipped email catalogues, English first (the default fallback). */
export const emailCatalogues = [en, fr, de, es, it, nl, pt] as const
