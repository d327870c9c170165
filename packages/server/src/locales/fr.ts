import { fr as core } from '@sesame/core/locales/fr'
import type { ServerCatalogue } from './types'

/** French texts of `@sesame/server` (with `@sesame/core`'s): problem titles and details. */
export const fr = {
  locale: 'fr',
  core: core.core,
  server: {
    checks: { reused: 'Différent de votre mot de passe actuel' },
    problems: {
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
        title: core.core.mismatch,
        detail: 'La confirmation diffère du mot de passe.',
      },
      password_update_required: {
        title: 'Mise à jour du mot de passe requise',
        detail: 'Choisissez un nouveau mot de passe avant de vous connecter.',
      },
      password_reset_required: {
        title: 'Réinitialisation du mot de passe requise',
        detail:
          'Ce compte n’a pas de mot de passe utilisable : utilisez « Mot de passe oublié ? ».',
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
        detail:
          'Trop d’essais infructueux sur ce compte : terminez la vérification pour continuer.',
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
  },
} as const satisfies ServerCatalogue
