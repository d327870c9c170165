import { resolveLocale } from '@sesame/core'
import {
  type ChecklistMessages,
  getChecklistMessages,
  pickCatalogue,
} from './lib/checklist-messages'
import { enForms, frForms } from './locales/built-in'
import type { ReactCatalogue } from './locales/types'

/**
 * Every text the React components render besides the rule labels (which come from
 * `@sesame/core`'s messages). Pass a partial object as a component's `messages` prop to
 * override some of them.
 */
export interface SesameReactMessages extends ChecklistMessages {
  /** Title of the reset screen. */
  resetTitle: string
  /** Label of the new password field. */
  newPassword: string
  /** Label of the confirmation field. */
  confirmation: string
  /** Label of the submit buttons. */
  submit: string
  /** The new password appears in known data breaches. */
  breached: string
  /** The confirmation does not match the new password. */
  mismatch: string
  /** The new password does not meet every rule (after a submit); followed by `unmet`'s list. */
  policyFailed: string
  /** The new password was left empty. */
  passwordRequired: string
  /** The confirmation was left empty. */
  confirmationRequired: string
  /** Title of the error summary shown after a refused submit. */
  errorSummaryTitle: string
  /** Title of the forgot-password screen. */
  forgotTitle: string
  /** Explanation above the email field. */
  forgotIntro: string
  /** Explanation above the email field for a migrated account's first sign-in. */
  updateIntro: string
  /** Label of the email field. */
  email: string
  /** The email field is not an email address. */
  invalidEmail: string
  /** The email field was left empty. */
  emailRequired: string
  /** Shown once the forgot-password form is accepted (whether or not the account exists). */
  emailSent: string
  /** The reset link cannot be used any more (expired, already used, forged...). */
  linkInvalid: string
  /** The reset link has expired. */
  linkExpired: string
  /** The password was changed since the link was sent: most often the link was already used. */
  linkStale: string
  /** Link offered on the invalid-link screen. */
  requestNewLink: string
  /** Button that checks the link again after a failure. */
  retry: string
  /** Shown once the new password is stored. */
  done: string
  /** The reset link is being checked. */
  verifying: string
  /** Too many attempts. */
  rateLimited: string
  /** Network failure or server error. */
  unavailable: string
}

/**
 * The component texts for `locale`, negotiated among `catalogues` (default: the built-in English
 * and French; `'fr-CA'` → French, unknown → English), with `overrides` applied on top.
 */
export function getMessages(
  locale?: string,
  overrides?: Partial<SesameReactMessages>,
  catalogues?: readonly ReactCatalogue[],
): SesameReactMessages {
  const picked = catalogues && pickCatalogue(locale, catalogues)
  const forms = picked?.react.forms ?? (resolveLocale(locale) === 'fr' ? frForms : enForms)
  return { ...getChecklistMessages(locale, undefined, catalogues), ...forms, ...overrides }
}
