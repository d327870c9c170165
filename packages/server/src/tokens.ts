/** Claims of a verified reset token, as `@sesame/core/tokens` returns them. */
export interface VerifiedClaims {
  /** The account's opaque id. */
  readonly subject: string
  /** The token's unique id: the key of its single use in the store. */
  readonly jti: string
  /** `'reset'` for emailed links, `'update'` for a migrated account's first sign-in. */
  readonly purpose: string
  /** When the token was issued. */
  readonly issuedAt: Date
  /** When the token stops being accepted. */
  readonly expiresAt: Date
  /** The locale the token was issued for, when one was given. */
  readonly locale?: string
}

/** The account's current credential state, or a function of the subject that loads it (null: account gone). */
export type TokenState = string | ((subject: string) => string | null | Promise<string | null>)

/**
 * The part of `createResetTokens()` (from `@sesame/core/tokens`) that the routes use. Any object
 * with these methods works, which keeps the adapter testable and the key material out of it.
 */
export interface ResetTokens {
  /** What the tokens are for: `'reset'` by default, `'update'` for first sign-in tokens. */
  readonly purpose: string
  /** Signs a token bound to the account's credential state. */
  issue(input: { subject: string; state: string; locale?: string }): Promise<{
    token: string
    jti: string
    expiresAt: Date
  }>
  /** Verifies signature, claims, expiry and state; throws a `ResetTokenError` with a `code`. */
  verify(token: string, options: { state: TokenState }): Promise<VerifiedClaims>
  /** Decodes without verifying (never throws): only used to pick which verifier applies. */
  peek(token: string): { readonly purpose?: string } | null
}
