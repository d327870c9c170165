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
  | 'invalid_credentials'
  | 'challenge_required'
  | 'activation_required'
  | 'second_factor_required'
  | 'not_signed_in'
  | 'code_invalid'
  | 'server_busy'

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
  invalid_credentials: 401,
  challenge_required: 401,
  activation_required: 403,
  second_factor_required: 403,
  not_signed_in: 401,
  code_invalid: 400,
  server_busy: 503,
})

/** True when `value` is one of the {@link ProblemCode}s. */
export function isProblemCode(value: unknown): value is ProblemCode {
  return typeof value === 'string' && Object.hasOwn(PROBLEM_STATUS, value)
}

/** Why a field was refused (`invalid_field`). */
export type FieldReason = 'missing' | 'not_string' | 'not_boolean' | 'too_long' | 'not_object'

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
export type FailedCheck = (Check | ReusedCheck) & {
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
  /** No extension: the same answer for an unknown email and a wrong password. */
  invalid_credentials: Record<never, never>
  /** Past the per-account threshold of wrong passwords: what the app's challenge hook asks for. */
  challenge_required: { readonly challenge: ChallengeDescriptor }
  /** The right password of an account whose email is not verified yet (only after the right password). */
  activation_required: Record<never, never>
  /** A reset, an activation or a sign-in succeeded but no session was opened: the app's second step. */
  second_factor_required: { readonly secondFactor: ChallengeDescriptor }
  /** A route that needs a signed-in user (change-password) without one. */
  not_signed_in: Record<never, never>
  /** A reset code that is wrong, expired, used up or for no request: one answer for all of them. */
  code_invalid: Record<never, never>
  /** Hashing is saturated: try again after `retryAfter` seconds (also sent as `Retry-After`). */
  server_busy: { readonly retryAfter: number }
}

/**
 * What an app hook hands the client to continue (a CAPTCHA, an emailed link, a second factor):
 * a kind the client knows, and JSON data of the app's own.
 */
export interface ChallengeDescriptor {
  /** The app's name for the step, e.g. `'captcha'`, `'totp'`, `'webauthn'`. */
  readonly kind: string
  /** Whatever the client needs to continue (a site key, a pending-login id): JSON data only. */
  readonly data?: { readonly [key: string]: string | number | boolean | null }
}

/**
 * The check the server adds when a new password is the current one or one of the last N
 * (history): it is not a rule of the policy, the browser cannot know it before the server says so.
 */
export interface ReusedCheck {
  /** Always `'reused'`. */
  readonly id: 'reused'
  /** Always `'reused'`. */
  readonly type: 'reused'
  /** Always 0. */
  readonly required: 0
  /** 1: the password was found among the current or previous ones. */
  readonly actual: number
  /** Always `false`: a met reuse check is never listed. */
  readonly met: false
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
