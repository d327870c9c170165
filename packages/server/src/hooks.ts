import type { ProblemCode } from '@sesame/core/wire'

/** Why a step failed, as reported by the `failed` hook: a problem code, or a background failure. */
export type FailureCode =
  | Extract<
      ProblemCode,
      | `token_${string}`
      | 'password_policy'
      | 'code_invalid'
      | 'confirmation_mismatch'
      | 'store_unavailable'
      | 'internal_error'
      | 'invalid_credentials'
      | 'challenge_required'
      | 'not_signed_in'
      | 'server_busy'
    >
  | 'lookup_failed'
  | 'email_failed'
  | 'email_timeout'
  | 'queue_full'
  | 'rehash_failed'
  | 'create_failed'

/** Which route or step an event comes from. */
export type ResetStep =
  | 'policy'
  | 'forgot-password'
  | 'verify'
  | 'reset-password'
  | 'sign-in'
  | 'change-password'
  | 'sign-up'
  | 'activate'
  | 'accept-invitation'
  | 'invite'

/**
 * Audit events, for logging and alerting. Payloads never hold a token, a password or an email:
 * emails appear as `emailHash` (a truncated SHA-256 of the normalised address), tokens by their id.
 */
export interface ResetHooks {
  /** A forgot-password request was accepted (known or not: `known` is for your logs only). */
  requested?(event: { emailHash: string; known: boolean; locale: string }): void | Promise<void>
  /** The reset email was handed to `sendResetEmail` and it resolved. */
  emailSent?(event: {
    userId: string
    emailHash: string
    tokenId: string
    expiresAt: Date
  }): void | Promise<void>
  /** A token was checked by the verify route (not consumed). */
  verified?(event: {
    userId: string
    tokenId: string
    purpose: string
    expiresAt: Date
  }): void | Promise<void>
  /** A token was consumed and the password changed with it. */
  redeemed?(event: { userId: string; tokenId: string; purpose: string }): void | Promise<void>
  /** The password of an account changed through these routes. */
  passwordChanged?(event: {
    userId: string
    purpose: string
    sessionsRevoked: boolean
  }): void | Promise<void>
  /** An account signed in through `POST /sign-in` (its session was opened). */
  signedIn?(event: { userId: string }): void | Promise<void>
  /** A step failed; `error` is the app's own error (adapter, mailer) when one was thrown. */
  failed?(event: {
    code: FailureCode
    step: ResetStep
    userId?: string
    error?: unknown
  }): void | Promise<void>
  /** A sign-up was accepted (`known`: the address had an account already; for your logs only). */
  signedUp?(event: { emailHash: string; known: boolean; locale: string }): void | Promise<void>
  /**
   * An account was activated: by its activation link, by an accepted invitation
   * (`purpose: 'invite'`), or by a reset (link or code, `purpose: 'reset'`) that proved the mailbox.
   */
  activated?(event: { userId: string; tokenId: string; purpose: string }): void | Promise<void>
  /** An invitation was issued and handed to the email sender. */
  invited?(event: {
    userId: string
    tokenId: string
    expiresAt: Date
    sent: boolean
  }): void | Promise<void>
  /** A request was refused by a rate limit. */
  rateLimited?(event: {
    step: ResetStep
    scope: 'email' | 'ip' | 'account'
    retryAfterSeconds: number
  }): void | Promise<void>
}

/** Names of the {@link ResetHooks}. */
export type HookName = keyof ResetHooks
