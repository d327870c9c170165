import { formatText, resolveLocale } from '@sesame/core'
import {
  type ChecklistMessages,
  getChecklistMessages,
  pickCatalogue,
} from './lib/checklist-messages'
import { enForms, enLifecycle, frForms, frLifecycle } from './locales/built-in'
import type { ReactCatalogue } from './locales/types'

/**
 * Every text the React components render besides the rule labels (which come from
 * `@sesame/core`'s messages). Pass a partial object as a component's `messages` prop to
 * override some of them.
 */
export interface SesameReactMessages extends ChecklistMessages, LifecycleMessages {
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

// ---- Lifecycle screens (sign-in, sign-up, change password, code, activation, invitation) ----
// Their texts are data in the catalogues (`react.lifecycle`); the counted ones become functions here.

/** Texts of the sign-in, sign-up, change-password, code, activation and invitation screens. */
export interface LifecycleMessages {
  /** Title and submit button of the sign-in screen. */
  signInTitle: string
  /** Label of the sign-in password field. */
  password: string
  /** Label of the "keep me signed in" checkbox. */
  remember: string
  /** The sign-in password was left empty. */
  passwordMissing: string
  /** A refused sign-in: never says whether the email or the password was wrong. */
  invalidCredentials: string
  /** Past too many wrong passwords: the app's challenge must be answered first. */
  challengeRequired: string
  /** The right password of an account whose email is not verified yet. */
  activationRequired: string
  /** The account has a second factor: the app's second step follows. */
  secondFactorRequired: string
  /** The account has no usable password: it must go through forgot-password. */
  resetRequired: string
  /** A migrated account's first sign-in: above the new password. */
  updateRequired: string
  /** Shown once signed in. */
  signedIn: string
  /** The server is saturated; `seconds` is its `Retry-After`. */
  serverBusy: (seconds: number) => string
  /** Title of the sign-up screen. */
  signUpTitle: string
  /** Label of the optional name field. */
  name: string
  /** The name is longer than the server accepts. */
  nameTooLong: string
  /** Shown once a sign-up is accepted (whether or not the email already had an account). */
  signUpSent: string
  /** Title of the change-password screen. */
  changeTitle: string
  /** Label of the current password field. */
  currentPassword: string
  /** The current password was left empty. */
  currentPasswordRequired: string
  /** The current password is wrong. */
  currentPasswordWrong: string
  /** The session ended before the change was sent. */
  notSignedIn: string
  /** Shown once the password is changed. */
  passwordChanged: string
  /** Checklist label of the server's `reused` check. */
  reused: string
  /** Title of the enter-the-code screen. */
  codeTitle: string
  /** Explanation above the code field. */
  codeIntro: (length: number) => string
  /** Label of the code field. */
  code: string
  /** The code was left empty. */
  codeRequired: string
  /** The code is not `length` digits. */
  codeFormat: (length: number) => string
  /** The server refused the code (wrong, expired, used up: one answer). */
  codeInvalid: string
  /** The button that moves on to the next step. */
  continue: string
  /** Title of the activation screen. */
  activationTitle: string
  /** The activation link is being sent. */
  activating: string
  /** Shown once the account is activated. */
  activated: string
  /** The activation link cannot be used. */
  activationLinkInvalid: string
  /** The activation link has expired. */
  activationLinkExpired: string
  /** The activation link was already used. */
  activationLinkUsed: string
  /** Title of the accept-invitation screen. */
  invitationTitle: string
  /** The invitation link cannot be used. */
  invitationLinkInvalid: string
  /** The invitation link has expired. */
  invitationLinkExpired: string
  /** The invitation link was already used. */
  invitationLinkUsed: string
  /** Shown once the invited account's first password is set. */
  invitationDone: string
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
  const tag = picked?.locale ?? (resolveLocale(locale) === 'fr' ? 'fr' : 'en')
  const french = tag === 'fr'
  const forms = picked?.react.forms ?? (french ? frForms : enForms)
  const lifecycle = picked?.react.lifecycle ?? (french ? frLifecycle : enLifecycle)
  return {
    ...getChecklistMessages(locale, undefined, catalogues),
    ...forms,
    ...lifecycle,
    serverBusy: (seconds) => formatText(tag, lifecycle.serverBusy, { seconds }, seconds),
    codeIntro: (length) => formatText(tag, lifecycle.codeIntro, { length }),
    codeFormat: (length) => formatText(tag, lifecycle.codeFormat, { length }),
    ...overrides,
  }
}
