import { mismatchMessage, resolveLocale } from '@sesame/core'
import { type ChecklistMessages, getChecklistMessages } from './lib/checklist-messages'

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

type FormMessages = Omit<SesameReactMessages, keyof ChecklistMessages>

const fr: FormMessages = {
  resetTitle: 'Mettre à jour mon mot de passe',
  newPassword: 'Nouveau mot de passe',
  confirmation: 'Confirmation du mot de passe',
  submit: 'Valider',
  breached: 'Ce mot de passe figure dans des fuites de données connues : choisissez-en un autre.',
  // Pure: a bundle that never reads the messages drops them.
  mismatch: /* @__PURE__ */ mismatchMessage('fr'),
  policyFailed: 'Le mot de passe ne respecte pas tous les critères.',
  passwordRequired: 'Saisissez un nouveau mot de passe.',
  confirmationRequired: 'Confirmez le nouveau mot de passe.',
  errorSummaryTitle: 'Il y a un problème',
  forgotTitle: 'Mot de passe oublié ?',
  forgotIntro: "Renseignez l'adresse email utilisée pour vous connecter.",
  updateIntro:
    'Votre première connexion nécessite la mise à jour de votre mot de passe. Renseignez votre adresse email : un lien vous sera envoyé.',
  email: 'Email',
  invalidEmail: 'Saisissez une adresse email valide.',
  emailRequired: 'Saisissez votre adresse email.',
  emailSent:
    "Un message a été envoyé à l'adresse email renseignée si elle correspond à un compte. Suivez le lien qu'il contient pour réinitialiser votre mot de passe.",
  linkInvalid: "Ce lien de réinitialisation n'est pas valide.",
  linkExpired: 'Ce lien de réinitialisation a expiré.',
  linkStale: 'Ce lien a déjà servi : votre mot de passe a été modifié depuis son envoi.',
  requestNewLink: 'Demander un nouveau lien',
  retry: 'Réessayer',
  done: 'Votre mot de passe a été mis à jour.',
  verifying: 'Vérification du lien…',
  rateLimited: 'Trop de tentatives. Réessayez dans quelques minutes.',
  unavailable: 'Le service est indisponible. Réessayez dans quelques instants.',
}

const en: FormMessages = {
  resetTitle: 'Update my password',
  newPassword: 'New password',
  confirmation: 'Confirm password',
  submit: 'Submit',
  breached: 'This password appears in known data breaches: choose another one.',
  mismatch: /* @__PURE__ */ mismatchMessage('en'),
  policyFailed: 'The password does not meet every requirement.',
  passwordRequired: 'Enter a new password.',
  confirmationRequired: 'Confirm the new password.',
  errorSummaryTitle: 'There is a problem',
  forgotTitle: 'Forgot your password?',
  forgotIntro: 'Enter the email address you use to sign in.',
  updateIntro:
    'Your first sign-in requires a new password. Enter your email address and we will send you a link.',
  email: 'Email',
  invalidEmail: 'Enter a valid email address.',
  emailRequired: 'Enter your email address.',
  emailSent:
    'If this address belongs to an account, a message has been sent to it. Follow its link to reset your password.',
  linkInvalid: 'This reset link is not valid.',
  linkExpired: 'This reset link has expired.',
  linkStale: 'This link was already used: your password has changed since it was sent.',
  requestNewLink: 'Request a new link',
  retry: 'Try again',
  done: 'Your password has been updated.',
  verifying: 'Checking the link…',
  rateLimited: 'Too many attempts. Try again in a few minutes.',
  unavailable: 'The service is unavailable. Try again in a moment.',
}

/**
 * The component texts for `locale` (`'fr-CA'` → French, unknown → English), with `overrides`
 * applied on top.
 */
export function getMessages(
  locale?: string,
  overrides?: Partial<SesameReactMessages>,
): SesameReactMessages {
  const forms = resolveLocale(locale) === 'fr' ? fr : en
  return { ...getChecklistMessages(locale), ...forms, ...overrides }
}
