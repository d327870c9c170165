/**
 * Every catalogue `@sesame/server` ships (core and server texts of one locale each, and the
 * emails' texts beside them: `deEmails`...). The handler offers English and French by default:
 * pass `catalogues: serverCatalogues` for all seven.
 *
 * @packageDocumentation
 */
import { de as deEmails } from '../emails/locales/de'
import { en as enEmails } from '../emails/locales/en'
import { es as esEmails } from '../emails/locales/es'
import { fr as frEmails } from '../emails/locales/fr'
import { it as itEmails } from '../emails/locales/it'
import { nl as nlEmails } from '../emails/locales/nl'
import { pt as ptEmails } from '../emails/locales/pt'
import { de } from './de'
import { en } from './en'
import { es } from './es'
import { fr } from './fr'
import { it } from './it'
import { nl } from './nl'
import { pt } from './pt'

export { emailCatalogues } from '../emails/locales/index'
export type * from './types'
export {
  de,
  deEmails,
  en,
  enEmails,
  es,
  esEmails,
  fr,
  frEmails,
  it,
  itEmails,
  nl,
  nlEmails,
  pt,
  ptEmails,
}

/** The seven shipped server catalogues, English first (the default fallback). */
export const serverCatalogues = [en, fr, de, es, it, nl, pt] as const
