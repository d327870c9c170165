import type { ResetTokenErrorCode } from '../errors'
import type { Check } from '../policy/types'

/** Every stable `code` of the problems (RFC 9457) a Sesame server answers. */
export type ProblemCode =
  | 'malformed_json'
  | 'invalid_field'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'not_found'
  | 'method_not_allowed'
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

/** The HTTP status of each problem code. */
export const PROBLEM_STATUS: { readonly [Code in ProblemCode]: number } = Object.freeze({
  malformed_json: 400,
  invalid_field: 400,
  payload_too_large: 413,
  unsupported_media_type: 415,
  not_found: 404,
  method_not_allowed: 405,
  rate_limited: 429,
  token_malformed: 400,
  token_invalid: 400,
  token_expired: 410,
  token_stale: 410,
  token_used: 409,
  password_policy: 422,
  confirmation_mismatch: 422,
  password_update_required: 403,
  password_reset_required: 403,
  store_unavailable: 503,
  internal_error: 500,
})

/** True when `value` is one of the {@link ProblemCode}s. */
export function isProblemCode(value: unknown): value is ProblemCode {
  return typeof value === 'string' && Object.hasOwn(PROBLEM_STATUS, value)
}

/** Why a field was refused (`invalid_field`). */
export type FieldReason = 'missing' | 'not_string' | 'too_long' | 'not_object'

/** One entry of a problem's `errors` member. */
export interface FieldError {
  /** The body field (`''` for the body itself, `authorization` for the header). */
  readonly field: string
  /** Why it was refused, for `invalid_field` and `confirmation_mismatch`. */
  readonly reason?: FieldReason | 'mismatch'
  /** The failed rule's id, for `password_policy`. */
  readonly check?: string
  /** The failed rule's label, for `password_policy`. */
  readonly detail?: string
}

/** A failed check as `password_policy` lists it: the check plus its localised label. */
export type FailedCheck = Check & {
  /** The rule's label in the response locale, e.g. `'2 chiffres'`. */
  readonly label: string
}

/** The extension members each problem code carries beside the RFC 9457 ones. */
export interface ProblemExtensions {
  /** No extension. */
  malformed_json: Record<never, never>
  /** The refused field. */
  invalid_field: { readonly field: string; readonly errors: readonly FieldError[] }
  /** The limit, in bytes. */
  payload_too_large: { readonly limit: number }
  /** No extension. */
  unsupported_media_type: Record<never, never>
  /** No extension. */
  not_found: Record<never, never>
  /** The methods the path accepts (also in the `Allow` header). */
  method_not_allowed: { readonly allow: readonly string[] }
  /** Seconds to wait (also in the `Retry-After` header). */
  rate_limited: { readonly retryAfter: number }
  /** No extension. */
  token_malformed: Record<never, never>
  /** No extension. */
  token_invalid: Record<never, never>
  /** No extension. */
  token_expired: Record<never, never>
  /** No extension. */
  token_stale: Record<never, never>
  /** No extension. */
  token_used: Record<never, never>
  /** The password field and every failed check, with its label. */
  password_policy: {
    readonly field: string
    readonly checks: readonly FailedCheck[]
    readonly errors: readonly FieldError[]
  }
  /** The confirmation field. */
  confirmation_mismatch: { readonly field: string; readonly errors: readonly FieldError[] }
  /** The update token to send with the new password to `POST /reset-password`. */
  password_update_required: { readonly updateToken: string; readonly expiresAt: string }
  /** The route that helps: forgot-password. */
  password_reset_required: { readonly forgotPassword: string }
  /** No extension. */
  store_unavailable: Record<never, never>
  /** No extension. */
  internal_error: Record<never, never>
}

/** An RFC 9457 problem document (`application/problem+json`) with the members of its code. */
export type ProblemDocument<Code extends ProblemCode = ProblemCode> = {
  [C in Code]: {
    /** A URI naming the problem type: `urn:sesame:problem:<code>`. */
    readonly type: string
    /** Short summary, localised. */
    readonly title: string
    /** The HTTP status code. */
    readonly status: number
    /** Longer explanation, localised; never a stack trace. */
    readonly detail: string
    /** Stable, machine-readable reason: switch on this. */
    readonly code: C
  } & ProblemExtensions[C]
}[Code]

/** The problem codes of a refused link. */
export type TokenProblemCode = Extract<ProblemCode, `token_${string}`>

/** The problem answered for each `ResetTokenError` code (a purpose mismatch is an invalid link). */
export const TOKEN_PROBLEMS: { readonly [Code in ResetTokenErrorCode]: TokenProblemCode } =
  Object.freeze({
    malformed: 'token_malformed',
    invalid: 'token_invalid',
    expired: 'token_expired',
    stale: 'token_stale',
    wrong_purpose: 'token_invalid',
  })

/** Why a link is refused, as the flow's `linkInvalid` state names it (`ResetTokenError` codes). */
export const LINK_REFUSAL_REASONS: readonly ResetTokenErrorCode[] = Object.freeze([
  'malformed',
  'invalid',
  'expired',
  'stale',
  'wrong_purpose',
])

/**
 * The link-refusal reason a problem code stands for, or null: `token_expired` → `expired`; a used
 * link (`token_used`) reads as `stale`, since its password changed with it.
 */
export function linkRefusalReason(code: string): ResetTokenErrorCode | null {
  if (code === 'token_used') return 'stale'
  const reason = code.startsWith('token_') ? code.slice(6) : code
  return (LINK_REFUSAL_REASONS as readonly string[]).includes(reason)
    ? (reason as ResetTokenErrorCode)
    : null
}
