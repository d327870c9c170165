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
// One block of its own, so that it moves as a whole into the locale catalogues.

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

const lifecycleFr: LifecycleMessages = {
  signInTitle: 'Me connecter',
  password: 'Mot de passe',
  remember: 'Rester connecté',
  passwordMissing: 'Saisissez votre mot de passe.',
  invalidCredentials: 'Adresse email ou mot de passe incorrect.',
  challengeRequired:
    'Une vérification supplémentaire est nécessaire : complétez-la puis validez à nouveau.',
  activationRequired:
    "Votre compte n'est pas encore activé : suivez le lien du message envoyé lors de votre inscription.",
  secondFactorRequired: 'Une seconde vérification est nécessaire pour terminer la connexion.',
  resetRequired: 'Votre mot de passe doit être réinitialisé : demandez un lien ci-dessous.',
  updateRequired: 'Votre première connexion nécessite la mise à jour de votre mot de passe.',
  signedIn: 'Vous êtes connecté.',
  serverBusy: (seconds) =>
    `Le service est très sollicité. Réessayez dans ${seconds} seconde${seconds > 1 ? 's' : ''}.`,
  signUpTitle: 'Créer mon compte',
  name: 'Nom (facultatif)',
  nameTooLong: 'Le nom est trop long.',
  signUpSent:
    "Un message a été envoyé à l'adresse email renseignée. Suivez le lien qu'il contient pour activer votre compte.",
  changeTitle: 'Modifier mon mot de passe',
  currentPassword: 'Mot de passe actuel',
  currentPasswordRequired: 'Saisissez votre mot de passe actuel.',
  currentPasswordWrong: 'Le mot de passe actuel est incorrect.',
  notSignedIn: 'Votre session a expiré : reconnectez-vous.',
  passwordChanged: 'Votre mot de passe a été modifié.',
  reused: 'différent du mot de passe actuel et des précédents',
  codeTitle: 'Saisir le code reçu',
  codeIntro: (length) =>
    `Renseignez l'adresse email utilisée et le code à ${length} chiffres du message reçu.`,
  code: 'Code reçu par email',
  codeRequired: 'Saisissez le code reçu par email.',
  codeFormat: (length) => `Le code comporte ${length} chiffres.`,
  codeInvalid: "Ce code n'est pas valide ou a expiré.",
  continue: 'Continuer',
  activationTitle: 'Activation du compte',
  activating: 'Activation du compte…',
  activated: 'Votre compte est activé.',
  activationLinkInvalid: "Ce lien d'activation n'est pas valide.",
  activationLinkExpired: "Ce lien d'activation a expiré.",
  activationLinkUsed: 'Ce lien a déjà servi : votre compte est sans doute déjà activé.',
  invitationTitle: 'Choisir mon mot de passe',
  invitationLinkInvalid: "Ce lien d'invitation n'est pas valide.",
  invitationLinkExpired: "Ce lien d'invitation a expiré.",
  invitationLinkUsed: 'Ce lien a déjà servi : votre mot de passe a déjà été choisi.',
  invitationDone: 'Votre mot de passe est enregistré.',
}

const lifecycleEn: LifecycleMessages = {
  signInTitle: 'Sign in',
  password: 'Password',
  remember: 'Keep me signed in',
  passwordMissing: 'Enter your password.',
  invalidCredentials: 'Incorrect email address or password.',
  challengeRequired: 'An extra check is needed: complete it, then submit again.',
  activationRequired:
    'Your account is not activated yet: follow the link in the message sent when you signed up.',
  secondFactorRequired: 'A second verification step is needed to finish signing in.',
  resetRequired: 'Your password must be reset: ask for a link below.',
  updateRequired: 'Your first sign-in requires a new password.',
  signedIn: 'You are signed in.',
  serverBusy: (seconds) =>
    `The service is very busy. Try again in ${seconds} second${seconds === 1 ? '' : 's'}.`,
  signUpTitle: 'Create my account',
  name: 'Name (optional)',
  nameTooLong: 'The name is too long.',
  signUpSent:
    'A message has been sent to the address you entered. Follow its link to activate your account.',
  changeTitle: 'Change my password',
  currentPassword: 'Current password',
  currentPasswordRequired: 'Enter your current password.',
  currentPasswordWrong: 'The current password is incorrect.',
  notSignedIn: 'Your session has ended: sign in again.',
  passwordChanged: 'Your password has been changed.',
  reused: 'not your current or a previous password',
  codeTitle: 'Enter the code',
  codeIntro: (length) =>
    `Enter the email address you use and the ${length}-digit code from the message.`,
  code: 'Code from the email',
  codeRequired: 'Enter the code from the email.',
  codeFormat: (length) => `The code has ${length} digits.`,
  codeInvalid: 'This code is not valid or has expired.',
  continue: 'Continue',
  activationTitle: 'Account activation',
  activating: 'Activating your account…',
  activated: 'Your account is activated.',
  activationLinkInvalid: 'This activation link is not valid.',
  activationLinkExpired: 'This activation link has expired.',
  activationLinkUsed: 'This link was already used: your account is probably activated already.',
  invitationTitle: 'Choose my password',
  invitationLinkInvalid: 'This invitation link is not valid.',
  invitationLinkExpired: 'This invitation link has expired.',
  invitationLinkUsed: 'This link was already used: your password was already chosen.',
  invitationDone: 'Your password is saved.',
}
// ---- end of the lifecycle screens' block ----

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
  const french = (picked?.locale ?? resolveLocale(locale)) === 'fr'
  const forms = picked?.react.forms ?? (french ? frForms : enForms)
  // The lifecycle screens' texts are built in French and English only (yet): other locales get English.
  const lifecycle = french ? lifecycleFr : lifecycleEn
  return {
    ...getChecklistMessages(locale, undefined, catalogues),
    ...forms,
    ...lifecycle,
    ...overrides,
  }
}
