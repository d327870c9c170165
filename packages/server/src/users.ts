import type { PasswordContext } from '@sesame/core'
import type { ChallengeDescriptor } from '@sesame/core/wire'
import type { ResponseHeaders, SesameRequest } from './request'

/**
 * Where an account stands at sign-in: `'ok'`, `'update_required'` (a migrated account that must
 * choose a new password first) or `'none'` (no usable password: only forgot-password can help).
 */
export type PasswordStatus = 'ok' | 'update_required' | 'none'

/** What `signIn` receives beside the account: the request, and the response headers to add to. */
export interface SignInContext {
  /** The request being answered (its `native` member holds the binding's own objects). */
  readonly request: SesameRequest
  /** The response's headers: append the session cookie here. */
  readonly headers: ResponseHeaders
  /** At `POST /sign-in`: the user asked for a longer-lived session. */
  readonly remember?: boolean
}

/** What `revokeSessions` is told beside the account. */
export interface RevokeSessionsContext {
  /** The request whose session must stay open (a change of password), when there is one. */
  readonly keep?: SesameRequest
}

/** A compare-and-swap of a stored hash: replace `from` by `to`, only if `from` is still the one stored. */
export interface HashReplacement {
  /** The hash the password was verified against. */
  readonly from: string
  /** Its argon2id replacement. */
  readonly to: string
}

/** The app's accounts, as the flows need them. Every method may be sync or async. */
export interface UsersAdapter<User> {
  /** The account for a normalised (NFC, trimmed, lowercased) email, or null. */
  findByEmail(email: string): User | null | undefined | Promise<User | null | undefined>
  /** The account for an id (a token's subject), or null. */
  findById(id: string): User | null | undefined | Promise<User | null | undefined>
  /** The account's opaque id, used as token subject (never an email). Defaults to `String(user.id)`. */
  id?(user: User): string
  /** The account's email, where the reset link is sent. Defaults to `user.email`. */
  email?(user: User): string
  /**
   * A value that changes whenever the password changes (the password hash, a version counter):
   * tokens issued before a change become `stale`.
   */
  credentialState(user: User): string | Promise<string>
  /** Stores the new password (hash it, e.g. with `hashPassword`) and clears any update flag. */
  setPassword(user: User, password: string): void | Promise<void>
  /**
   * Ends every session of the account (but the one of `context.keep`, when given); called after a
   * reset unless `revokeSessions: false`, and after a change of password.
   */
  revokeSessions?(user: User, context?: RevokeSessionsContext): void | Promise<void>
  /** Opens a fresh session after a reset: add its cookie to `context.headers`. */
  signIn?(user: User, context: SignInContext): void | Promise<void>
  /** What the policy's `notContextual` rule compares with (email, name). */
  passwordContext?(user: User): PasswordContext | Promise<PasswordContext>
  /** Whether the account must update or reset its password; `'ok'` when absent. */
  passwordStatus?(user: User): PasswordStatus | Promise<PasswordStatus>
  /** The stored password hash (argon2, bcrypt or scrypt), or null for none: sign-in needs it. */
  passwordHash?(user: User): string | null | undefined | Promise<string | null | undefined>
  /** Stores `to` in place of `from`, only if `from` is still stored; resolves whether it did (rehash on sign-in). */
  replacePasswordHash?(user: User, change: HashReplacement): boolean | Promise<boolean>
  /** Whether the account's email is verified; `true` when absent. */
  isActivated?(user: User): boolean | Promise<boolean>
  /** The account's second step (TOTP, WebAuthn), or null: sign-in then opens no session. */
  secondFactor?(
    user: User,
  ): ChallengeDescriptor | null | undefined | Promise<ChallengeDescriptor | null | undefined>
  /** The signed-in account of a request (its session), or null: change-password needs it. */
  currentUser?(request: SesameRequest): User | null | undefined | Promise<User | null | undefined>
  /** The account's previous password hashes, newest first (the current one excluded), for `passwordHistory`. */
  passwordHistory?(user: User): readonly string[] | Promise<readonly string[]>
}
