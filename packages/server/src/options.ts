import type { CheckAsyncOptions, Locale, Policy } from '@sesame/core'
import type { ChallengeDescriptor } from '@sesame/core/wire'
import type { SendEmail } from './emails/types'
import type { Hasher } from './hashing/argon2'
import type { ResetHooks } from './hooks'
import type { ServerCatalogue } from './locales/types'
import type { PasswordChecker } from './password-check'
import type { Limit, RateLimitOptions } from './rate-limit'
import type { SesameRequest } from './request'
import type { ResetCodeOptions } from './reset-codes'
import type { ResetUrlOption } from './reset-url'
import type { Store } from './stores/types'
import type { ResetTokens } from './tokens'
import type { UsersAdapter } from './users'

/** What the challenge hook is told about the request it guards. */
export interface ChallengeContext {
  /** The request being answered. */
  readonly request: SesameRequest
  /** The route: `'sign-in'` or `'change-password'`. */
  readonly step: 'sign-in' | 'change-password'
  /** A short digest of the normalised email the attempts were made for (never the email). */
  readonly emailHash: string
}

/**
 * The app's challenge (a CAPTCHA, an emailed link), asked for past the per-account threshold of
 * wrong passwords instead of refusing the account: the owner answers it and signs in.
 */
export interface ChallengeHook {
  /** What the client needs to show the challenge (a site key...): sent in `challenge_required`. */
  issue(context: ChallengeContext): ChallengeDescriptor | Promise<ChallengeDescriptor>
  /** Whether the client's answer (the body's `challenge`, bounded) is right. */
  verify(answer: string, context: ChallengeContext): boolean | Promise<boolean>
}

/**
 * Counters of wrong passwords at sign-in and change-password. The per-address limit comes first
 * (429 past it); past the per-account one, the answer is `challenge_required`, never a lockout.
 */
export interface ThrottleOptions {
  /** Wrong passwords per client address (IPv6 by /64). Default `{ max: 50, windowMs: 900_000 }`. */
  address?: Limit | false
  /** Wrong passwords per account (by email digest). Default `{ max: 5, windowMs: 900_000 }`; needs `challenge`. */
  account?: Limit | false
}

/** The bound on hashing work (sign-in, change-password, reuse checks). */
export interface HashingLimits {
  /**
   * Hashes and verifications at once. Default: one less than the machine's cores, at least 1 and
   * at most 2 (a core stays free for the event loop; the runtime's 4 worker threads keep room).
   */
  concurrency?: number
  /** Waiting ones; past it, 503 `server_busy`. Default 32. */
  maxQueue?: number
  /** The `Retry-After` of `server_busy`, in seconds. Default 1. */
  retryAfterSeconds?: number
}

/** What `sendResetEmail` receives: everything needed to write the email, and nothing to log. */
export interface ResetEmail<User> {
  /** The account's email address. */
  readonly to: string
  /** The reset link (token in the fragment by default). */
  readonly url: string
  /** The language to write the email in. */
  readonly locale: Locale
  /** The account, as `users.findByEmail` returned it. */
  readonly user: User
  /** When the link stops working. */
  readonly expiresAt: Date
  /**
   * The one-time code the person may type instead of opening the link (`RESET_CODE_LENGTH`
   * digits, bound to the link), when the store could keep it; show it in the email.
   */
  readonly code?: string
}

/** Options of {@link createHandler} (and of every binding). */
export interface HandlerOptions<User> {
  /** The policy every new password must meet (also served by `GET /policy`). */
  policy: Policy
  /** Issues and verifies the emailed reset tokens (`createResetTokens` from `@sesame/core/tokens`). */
  tokens: ResetTokens
  /** Verifies first-sign-in update tokens (purpose `'update'`, short ttl) on the same routes. */
  updateTokens?: ResetTokens
  /** Issues and verifies the activation links of `POST /sign-up` (purpose `'activate'`). */
  activationTokens?: ResetTokens
  /** Issues and verifies invitation links, `handler.invite()` (purpose `'invite'`, up to 7 days). */
  inviteTokens?: ResetTokens
  /**
   * New accounts must verify their email (activation link) before they may sign in. Default
   * `true`; `false` activates an account at sign-up, without an activation email: an explicit choice.
   */
  requireActivation?: boolean
  /** The app's accounts. */
  users: UsersAdapter<User>
  /**
   * Sends every email of the lifecycle (reset, invitation, activation, "an account already
   * exists", "password changed"), told apart by `kind`; runs after the response, its failures go
   * to `hooks.failed`. Give it, or `sendResetEmail` alone for the reset flow of earlier releases.
   */
  sendEmail?: SendEmail<User>
  /** Sends the reset email (the form of earlier releases; `sendEmail` takes precedence). */
  sendResetEmail?: (message: ResetEmail<User>) => void | Promise<void>
  /** How links are built: the reset page's URL, a configured origin, or a function. */
  resetUrl: ResetUrlOption
  /** How activation links are built; defaults to `resetUrl` (the page asks verify for the purpose). */
  activationUrl?: ResetUrlOption
  /** How invitation links are built; defaults to `resetUrl`. */
  inviteUrl?: ResetUrlOption
  /** Single use and rate limits; defaults to a `memoryStore()` (one process only). */
  store?: Store
  /** Refuse, at creation, a store that lives in one process (set it where several instances run). */
  requireSharedStore?: boolean
  /** Forgot-password limits; `false` turns them off. Defaults in `DEFAULT_RATE_LIMITS`. */
  rateLimit?: RateLimitOptions | false
  /**
   * The one-time code each reset email carries beside its link (`POST /reset-password` with
   * `{ email, code, … }`): on by default with a store of this process, on with a shared store once
   * given a `secret`; `false` turns codes off.
   */
  resetCodes?: ResetCodeOptions | false
  /** Audit events. */
  hooks?: ResetHooks
  /** End every session of the account after a reset (`users.revokeSessions`). Default `true`. */
  revokeSessions?: boolean
  /** Sign the user in after a reset through `users.signIn`, when it exists. Default `true`. */
  signIn?: boolean
  /** Options of the server-side evaluation, `checkPasswordAsync` (strength, breach checker, blocklist). */
  checkOptions?: CheckAsyncOptions
  /** Replaces the server-side evaluation altogether. */
  check?: PasswordChecker
  /**
   * The catalogues the handler answers in (problem titles, check labels, email locale),
   * negotiated per request from `Accept-Language`; default: the built-in English and French.
   * Pass `serverCatalogues` of `@sesame/server/locales` for all seven shipped, or your own.
   */
  catalogues?: readonly ServerCatalogue[]
  /** The locale when a request matches none of the catalogues (default `'en'` when offered). */
  fallbackLocale?: Locale
  /** How long sending an email may take before it is reported as `email_timeout`. Default 30 000 ms. */
  emailTimeoutMs?: number
  /**
   * Background work (lookup, token, email): jobs at once (default 4), queued jobs (default 1 000),
   * and a random delay before they start, up to `jitterMs` (default 25), so that the cost of a
   * known email's work does not show in the timing of the next request.
   */
  queue?: { concurrency?: number; maxPending?: number; jitterMs?: number }
  /** Where `handler.fetch` is mounted, e.g. `'/api/auth'`: stripped from the URL's path. Default `''`. */
  basePath?: string
  /**
   * The client's address for `handler.fetch` (rate limits per address), when the runtime knows it
   * (e.g. a trusted proxy header). Without one, the per-address limit is off (with a warning).
   */
  clientAddress?: (request: Request) => string | null | undefined
  /**
   * Hashes and verifies passwords (`argon2Hasher()` from `@sesame/server/hashing`, or one that runs
   * where native modules cannot). With `users.passwordHash`, it turns on `POST /sign-in`,
   * `POST /change-password` and the reuse check of resets.
   */
  hasher?: Hasher
  /**
   * Every sign-in and change-password answer past the address check leaves no earlier than this
   * many milliseconds after the request came, whatever the account and its hash family. Set it
   * above the slowest verification (a warning says when one took longer). Default 250.
   */
  signInFloorMs?: number
  /** Run the policy on the password at each successful sign-in; send a failing account to the update flow. */
  forceUpgradeOnSignIn?: boolean
  /** Wrong-password counters of sign-in and change-password. */
  throttle?: ThrottleOptions
  /** The challenge asked for past `throttle.account`: required while that limit is on. */
  challenge?: ChallengeHook
  /** The bound on hashing work. */
  hashing?: HashingLimits
  /** Refuse the last N passwords (`users.passwordHistory`), besides the current one: 0 to 10. Default 0. */
  passwordHistory?: number
  /** End the account's other sessions after a change of password (`users.revokeSessions`). Default `true`. */
  revokeOtherSessions?: boolean
}
