import type { Locale } from '@sesame/core'
import type { ProblemCode } from '@sesame/core/wire'

/** The title and detail of one problem, in one language. */
export interface ProblemText {
  /** Short summary. */
  readonly title: string
  /** Longer explanation. */
  readonly detail: string
}

/** Every problem's text, per locale: a new language is one more entry of this table. */
export const PROBLEM_MESSAGES: {
  readonly [L in Locale]: { readonly [C in ProblemCode]: ProblemText }
} = {
  en: {
    malformed_json: { title: 'Malformed JSON', detail: 'The request body is not valid JSON.' },
    invalid_field: {
      title: 'Invalid field',
      detail: 'A field is missing, not a string or too long.',
    },
    payload_too_large: {
      title: 'Request too large',
      detail: 'The request body is larger than allowed.',
    },
    unsupported_media_type: {
      title: 'Unsupported media type',
      detail: 'The request body must be sent as application/json.',
    },
    not_found: { title: 'Not found', detail: 'There is no such route.' },
    method_not_allowed: {
      title: 'Method not allowed',
      detail: 'This route does not accept this method.',
    },
    rate_limited: { title: 'Too many requests', detail: 'Please wait before trying again.' },
    token_malformed: {
      title: 'Invalid link',
      detail: 'This reset link is not valid. Request a new one.',
    },
    token_invalid: {
      title: 'Invalid link',
      detail: 'This reset link is not valid. Request a new one.',
    },
    token_expired: {
      title: 'Link expired',
      detail: 'This reset link has expired. Request a new one.',
    },
    token_stale: {
      title: 'Link no longer valid',
      detail: 'The password was changed since this link was sent. Request a new one.',
    },
    token_used: {
      title: 'Link already used',
      detail: 'This reset link has already been used. Request a new one.',
    },
    password_policy: {
      title: 'Password too weak',
      detail: 'The password does not meet every rule of the policy.',
    },
    confirmation_mismatch: {
      title: 'Passwords do not match',
      detail: 'The confirmation differs from the password.',
    },
    password_update_required: {
      title: 'Password update required',
      detail: 'Choose a new password before signing in.',
    },
    password_reset_required: {
      title: 'Password reset required',
      detail: 'This account has no usable password: use “Forgot password?”.',
    },
    store_unavailable: { title: 'Service unavailable', detail: 'Please try again in a moment.' },
    internal_error: { title: 'Unexpected error', detail: 'The request could not be completed.' },
    invalid_credentials: {
      title: 'Wrong email or password',
      detail: 'The email or the password is not right.',
    },
    challenge_required: {
      title: 'Verification required',
      detail: 'Too many failed attempts on this account: complete the verification to go on.',
    },
    activation_required: {
      title: 'Account not activated',
      detail: 'Open the link of the activation email before signing in.',
    },
    second_factor_required: {
      title: 'Second step required',
      detail: 'This account has a second factor: complete it to sign in.',
    },
    not_signed_in: { title: 'Not signed in', detail: 'Sign in to change your password.' },
    code_invalid: {
      title: 'Invalid code',
      detail: 'This code is not valid. Check it or request a new email.',
    },
    server_busy: { title: 'Server busy', detail: 'Please try again in a moment.' },
  },
  fr: {
    malformed_json: {
      title: 'JSON mal formé',
      detail: 'Le corps de la requête n’est pas un JSON valide.',
    },
    invalid_field: {
      title: 'Champ invalide',
      detail: 'Un champ est manquant, n’est pas une chaîne ou est trop long.',
    },
    payload_too_large: {
      title: 'Requête trop volumineuse',
      detail: 'Le corps de la requête dépasse la taille autorisée.',
    },
    unsupported_media_type: {
      title: 'Type de contenu non pris en charge',
      detail: 'Le corps de la requête doit être envoyé en application/json.',
    },
    not_found: { title: 'Introuvable', detail: 'Cette route n’existe pas.' },
    method_not_allowed: {
      title: 'Méthode non autorisée',
      detail: 'Cette route n’accepte pas cette méthode.',
    },
    rate_limited: { title: 'Trop de demandes', detail: 'Veuillez patienter avant de réessayer.' },
    token_malformed: {
      title: 'Lien invalide',
      detail: 'Ce lien de réinitialisation n’est pas valide. Demandez-en un nouveau.',
    },
    token_invalid: {
      title: 'Lien invalide',
      detail: 'Ce lien de réinitialisation n’est pas valide. Demandez-en un nouveau.',
    },
    token_expired: {
      title: 'Lien expiré',
      detail: 'Ce lien de réinitialisation a expiré. Demandez-en un nouveau.',
    },
    token_stale: {
      title: 'Lien plus valide',
      detail: 'Le mot de passe a changé depuis l’envoi de ce lien. Demandez-en un nouveau.',
    },
    token_used: {
      title: 'Lien déjà utilisé',
      detail: 'Ce lien de réinitialisation a déjà été utilisé. Demandez-en un nouveau.',
    },
    password_policy: {
      title: 'Mot de passe non conforme',
      detail: 'Le mot de passe ne respecte pas toutes les règles.',
    },
    confirmation_mismatch: {
      title: 'Les mots de passe ne correspondent pas',
      detail: 'La confirmation diffère du mot de passe.',
    },
    password_update_required: {
      title: 'Mise à jour du mot de passe requise',
      detail: 'Choisissez un nouveau mot de passe avant de vous connecter.',
    },
    password_reset_required: {
      title: 'Réinitialisation du mot de passe requise',
      detail: 'Ce compte n’a pas de mot de passe utilisable : utilisez « Mot de passe oublié ? ».',
    },
    store_unavailable: {
      title: 'Service indisponible',
      detail: 'Veuillez réessayer dans un instant.',
    },
    internal_error: { title: 'Erreur inattendue', detail: 'La requête n’a pas pu aboutir.' },
    invalid_credentials: {
      title: 'Adresse email ou mot de passe incorrect',
      detail: 'L’adresse email ou le mot de passe n’est pas correct.',
    },
    challenge_required: {
      title: 'Vérification requise',
      detail: 'Trop d’essais infructueux sur ce compte : terminez la vérification pour continuer.',
    },
    activation_required: {
      title: 'Compte non activé',
      detail: 'Ouvrez le lien de l’email d’activation avant de vous connecter.',
    },
    second_factor_required: {
      title: 'Deuxième étape requise',
      detail: 'Ce compte a un second facteur : terminez-le pour vous connecter.',
    },
    not_signed_in: {
      title: 'Non connecté',
      detail: 'Connectez-vous pour changer votre mot de passe.',
    },
    code_invalid: {
      title: 'Code invalide',
      detail: 'Ce code n’est pas valide. Vérifiez-le ou demandez un nouvel email.',
    },
    server_busy: { title: 'Serveur occupé', detail: 'Veuillez réessayer dans un instant.' },
  },
}

/** The labels of the checks the server adds to the policy's own, per locale (`reused`). */
export const SERVER_CHECK_LABELS: { readonly [L in Locale]: { readonly reused: string } } = {
  en: { reused: 'Different from your current password' },
  fr: { reused: 'Différent de votre mot de passe actuel' },
}
