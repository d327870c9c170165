import type { IncomingMessage, ServerResponse } from 'node:http'
import { requestLocale, type SupportedLocale } from './lib/locale'
import { sendJson } from './lib/respond'

/** Every stable `code` of the problems the routes and middleware answer. */
export type ProblemCode =
  | 'malformed_json'
  | 'invalid_field'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'token_malformed'
  | 'token_invalid'
  | 'token_expired'
  | 'token_stale'
  | 'token_used'
  | 'password_policy'
  | 'confirmation_mismatch'
  | 'password_update_required'
  | 'password_reset_required'
  | 'store_unavailable'
  | 'internal_error'

/** An RFC 9457 problem document as the routes send it (`application/problem+json`). */
export interface ProblemDetails {
  /** A URI naming the problem type: `urn:sesame:problem:<code>`. */
  readonly type: string
  /** Short summary, localised (fr/en) from `Accept-Language`. */
  readonly title: string
  /** The HTTP status code. */
  readonly status: number
  /** Stable, machine-readable reason: switch on this. */
  readonly code: ProblemCode
  /** Longer explanation, localised; never a stack trace. */
  readonly detail: string
  /** Extension members (`errors`, `checks`, `field`, ...). */
  readonly [extension: string]: unknown
}

interface ProblemText {
  readonly status: number
  readonly title: Readonly<Record<SupportedLocale, string>>
  readonly detail: Readonly<Record<SupportedLocale, string>>
}

const PROBLEMS: Record<ProblemCode, ProblemText> = {
  malformed_json: {
    status: 400,
    title: { en: 'Malformed JSON', fr: 'JSON mal formé' },
    detail: {
      en: 'The request body is not valid JSON.',
      fr: 'Le corps de la requête n’est pas un JSON valide.',
    },
  },
  invalid_field: {
    status: 400,
    title: { en: 'Invalid field', fr: 'Champ invalide' },
    detail: {
      en: 'A field is missing, not a string or too long.',
      fr: 'Un champ est manquant, n’est pas une chaîne ou est trop long.',
    },
  },
  payload_too_large: {
    status: 413,
    title: { en: 'Request too large', fr: 'Requête trop volumineuse' },
    detail: {
      en: 'The request body is larger than allowed.',
      fr: 'Le corps de la requête dépasse la taille autorisée.',
    },
  },
  unsupported_media_type: {
    status: 415,
    title: { en: 'Unsupported media type', fr: 'Type de contenu non pris en charge' },
    detail: {
      en: 'The request body must be sent as application/json.',
      fr: 'Le corps de la requête doit être envoyé en application/json.',
    },
  },
  rate_limited: {
    status: 429,
    title: { en: 'Too many requests', fr: 'Trop de demandes' },
    detail: {
      en: 'Please wait before trying again.',
      fr: 'Veuillez patienter avant de réessayer.',
    },
  },
  token_malformed: {
    status: 400,
    title: { en: 'Invalid link', fr: 'Lien invalide' },
    detail: {
      en: 'This reset link is not valid. Request a new one.',
      fr: 'Ce lien de réinitialisation n’est pas valide. Demandez-en un nouveau.',
    },
  },
  token_invalid: {
    status: 400,
    title: { en: 'Invalid link', fr: 'Lien invalide' },
    detail: {
      en: 'This reset link is not valid. Request a new one.',
      fr: 'Ce lien de réinitialisation n’est pas valide. Demandez-en un nouveau.',
    },
  },
  token_expired: {
    status: 410,
    title: { en: 'Link expired', fr: 'Lien expiré' },
    detail: {
      en: 'This reset link has expired. Request a new one.',
      fr: 'Ce lien de réinitialisation a expiré. Demandez-en un nouveau.',
    },
  },
  token_stale: {
    status: 410,
    title: { en: 'Link no longer valid', fr: 'Lien plus valide' },
    detail: {
      en: 'The password was changed since this link was sent. Request a new one.',
      fr: 'Le mot de passe a changé depuis l’envoi de ce lien. Demandez-en un nouveau.',
    },
  },
  token_used: {
    status: 409,
    title: { en: 'Link already used', fr: 'Lien déjà utilisé' },
    detail: {
      en: 'This reset link has already been used. Request a new one.',
      fr: 'Ce lien de réinitialisation a déjà été utilisé. Demandez-en un nouveau.',
    },
  },
  password_policy: {
    status: 422,
    title: { en: 'Password too weak', fr: 'Mot de passe non conforme' },
    detail: {
      en: 'The password does not meet every rule of the policy.',
      fr: 'Le mot de passe ne respecte pas toutes les règles.',
    },
  },
  confirmation_mismatch: {
    status: 422,
    title: { en: 'Passwords do not match', fr: 'Les mots de passe ne correspondent pas' },
    detail: {
      en: 'The confirmation differs from the password.',
      fr: 'La confirmation diffère du mot de passe.',
    },
  },
  password_update_required: {
    status: 403,
    title: { en: 'Password update required', fr: 'Mise à jour du mot de passe requise' },
    detail: {
      en: 'Choose a new password before signing in.',
      fr: 'Choisissez un nouveau mot de passe avant de vous connecter.',
    },
  },
  password_reset_required: {
    status: 403,
    title: { en: 'Password reset required', fr: 'Réinitialisation du mot de passe requise' },
    detail: {
      en: 'This account has no usable password: use “Forgot password?”.',
      fr: 'Ce compte n’a pas de mot de passe utilisable : utilisez « Mot de passe oublié ? ».',
    },
  },
  store_unavailable: {
    status: 503,
    title: { en: 'Service unavailable', fr: 'Service indisponible' },
    detail: { en: 'Please try again in a moment.', fr: 'Veuillez réessayer dans un instant.' },
  },
  internal_error: {
    status: 500,
    title: { en: 'Unexpected error', fr: 'Erreur inattendue' },
    detail: { en: 'The request could not be completed.', fr: 'La requête n’a pas pu aboutir.' },
  },
}

/** The HTTP status that goes with a problem code. */
export function problemStatus(code: ProblemCode): number {
  return PROBLEMS[code].status
}

/** Builds the problem document for `code` in `locale`, with extension members. */
export function problemDetails(
  code: ProblemCode,
  locale: SupportedLocale,
  extensions: Readonly<Record<string, unknown>> = {},
): ProblemDetails {
  const text = PROBLEMS[code]
  return {
    type: `urn:sesame:problem:${code}`,
    title: text.title[locale],
    status: text.status,
    detail: text.detail[locale],
    code,
    ...extensions,
  }
}

/**
 * Answers an `application/problem+json` response for `code`, titled in the request's language,
 * with `Cache-Control: no-store` and `Content-Language`. `headers` are added (e.g. `Retry-After`).
 */
export function sendProblem(
  req: IncomingMessage,
  res: ServerResponse,
  code: ProblemCode,
  extensions: Readonly<Record<string, unknown>> = {},
  headers: Readonly<Record<string, string>> = {},
): void {
  const locale = requestLocale(req)
  const body = problemDetails(code, locale, extensions)
  sendJson(res, body.status, body, {
    'Content-Language': locale,
    Vary: 'Accept-Language',
    ...headers,
    'Content-Type': 'application/problem+json; charset=utf-8',
  })
}
