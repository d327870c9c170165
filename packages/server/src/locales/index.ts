/**
 * Every catalogue `@sesame/server` ships (core and server texts of one locale each, and the
 * emails' texts beside them: `deEmails`...). The handler offers English and French by default:
 * pass `catalogues: serverCatalogues` for all seven.
 *
 * @packageDocumentation
 */
import { de, deEmails } from './de'
import { en, enEmails } from './en'
import { es, esEmails } from './es'
import { fr, frEmails } from './fr'
import { it, itEmails } from './it'
import { nl, nlEmails } from './nl'
import { pt, ptEmails } from './pt'

export { emailCatalogues } from '../emails/locales/index'
export type {
  AccountExistsEmailTexts,
  EmailCatalogue,
  EmailTexts,
  NamedText,
  PasswordChangedEmailTexts,
  ProblemText,
  ResetEmailTexts,
  ServerCatalogue,
  ServerTexts,
  WelcomeEmailTexts,
} from './types'
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
