import type {
  ReactChecklistTexts,
  ReactFormTexts,
  ReactLifecycleTexts,
  ReactStrengthTexts,
} from './types'

// The React layer's English and French texts, built into the components: data only, so that a
// locale entry importing them carries no component code.

/** English checklist texts (built in). */
export const enChecklist: ReactChecklistTexts = {
  met: 'met',
  notMet: 'not met',
  pending: 'being checked',
  unmet: { one: 'Requirement not met: {labels}.', other: 'Requirements not met: {labels}.' },
  summary: '{met} of {total} requirements met.',
  allMet: 'All requirements are met.',
  showPassword: 'Show password',
  hidePassword: 'Hide password',
  passwordShown: 'Your password is shown.',
  passwordHidden: 'Your password is hidden.',
}

/** French checklist texts (built in). */
export const frChecklist: ReactChecklistTexts = {
  met: 'respecté',
  notMet: 'non respecté',
  pending: 'vérification en cours',
  unmet: {
    one: 'Critère non respecté : {labels}.',
    many: 'Critères non respectés : {labels}.',
    other: 'Critères non respectés : {labels}.',
  },
  summary: {
    one: '{met} critère sur {total} respecté.',
    many: '{met} de critères sur {total} respectés.',
    other: '{met} critères sur {total} respectés.',
  },
  allMet: 'Tous les critères sont respectés.',
  showPassword: 'Afficher le mot de passe',
  hidePassword: 'Masquer le mot de passe',
  passwordShown: 'Le mot de passe est affiché.',
  passwordHidden: 'Le mot de passe est masqué.',
}

/** English screen texts (built in). */
export const enForms: ReactFormTexts = {
  resetTitle: 'Update my password',
  newPassword: 'New password',
  confirmation: 'Confirm password',
  submit: 'Submit',
  breached: 'This password appears in known data breaches: choose another one.',
  // The same text as core's `mismatch` (the locales test holds them equal).
  mismatch: 'The two passwords do not match.',
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

/** French screen texts (built in). */
export const frForms: ReactFormTexts = {
  resetTitle: 'Mettre à jour mon mot de passe',
  newPassword: 'Nouveau mot de passe',
  confirmation: 'Confirmation du mot de passe',
  submit: 'Valider',
  breached: 'Ce mot de passe figure dans des fuites de données connues : choisissez-en un autre.',
  mismatch: 'Les deux mots de passe ne correspondent pas.',
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

/** French lifecycle screen texts (built in). */
export const frLifecycle: ReactLifecycleTexts = {
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
  serverBusy: {
    one: 'Le service est très sollicité. Réessayez dans {seconds} seconde.',
    many: 'Le service est très sollicité. Réessayez dans {seconds} de secondes.',
    other: 'Le service est très sollicité. Réessayez dans {seconds} secondes.',
  },
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
  codeIntro: "Renseignez l'adresse email utilisée et le code à {length} chiffres du message reçu.",
  code: 'Code reçu par email',
  codeRequired: 'Saisissez le code reçu par email.',
  codeFormat: 'Le code comporte {length} chiffres.',
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

/** English lifecycle screen texts (built in). */
export const enLifecycle: ReactLifecycleTexts = {
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
  serverBusy: {
    one: 'The service is very busy. Try again in {seconds} second.',
    other: 'The service is very busy. Try again in {seconds} seconds.',
  },
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
  codeIntro: 'Enter the email address you use and the {length}-digit code from the message.',
  code: 'Code from the email',
  codeRequired: 'Enter the code from the email.',
  codeFormat: 'The code has {length} digits.',
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
/** English strength meter texts (built in). */
export const enStrength: ReactStrengthTexts = {
  title: 'Strength',
  scores: ['Very weak', 'Weak', 'Fair', 'Strong', 'Very strong'],
}

/** French strength meter texts (built in). */
export const frStrength: ReactStrengthTexts = {
  title: 'Robustesse',
  scores: ['Très faible', 'Faible', 'Moyenne', 'Bonne', 'Excellente'],
}
