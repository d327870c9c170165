import { createHash } from 'node:crypto'
import {
  type CheckAsyncOptions,
  ConfigError,
  type PasswordContext,
  type Policy,
  preparePolicy,
} from '@sesame/core'
import express, { type Request, type Response, type Router } from 'express'
import type { FailureCode, ResetHooks } from './hooks'
import { hashEmail, MAX_EMAIL_LENGTH, normalizeEmail } from './lib/email'
import { emit } from './lib/emit'
import { readFields } from './lib/fields'
import { asyncHandler } from './lib/handler'
import { clientKey } from './lib/ip'
import { requestLocale, type SupportedLocale } from './lib/locale'
import type { PasswordChecker } from './lib/password-check'
import { jobQueue } from './lib/queue'
import { sendJson } from './lib/respond'
import { userEmail, userId } from './lib/user-fields'
import { sendProblem } from './problem'
import { DEFAULT_RATE_LIMITS, type Limit, type RateLimitOptions } from './rate-limit'
import { requireResetToken, verifiedResetToken } from './require-reset-token'
import { type ResetUrlOption, resetUrlBuilder } from './reset-url'
import { memoryStore } from './stores/memory'
import type { Store } from './stores/types'
import type { ResetTokens } from './tokens'
import type { UsersAdapter } from './users'
import { validatePassword } from './validate-password'

/** What `sendResetEmail` receives: everything needed to write the email, and nothing to log. */
export interface ResetEmail<User> {
  /** The account's email address. */
  readonly to: string
  /** The reset link (token in the fragment by default). */
  readonly url: string
  /** The language to write the email in. */
  readonly locale: SupportedLocale
  /** The account, as `users.findByEmail` returned it. */
  readonly user: User
  /** When the link stops working. */
  readonly expiresAt: Date
}

/** Options of {@link passwordReset}. */
export interface PasswordResetOptions<User> {
  /** The policy every new password must meet (also served by `GET /policy`). */
  policy: Policy
  /** Issues and verifies the emailed reset tokens (`createResetTokens` from `@sesame/core/tokens`). */
  tokens: ResetTokens
  /** Verifies first-sign-in update tokens (purpose `'update'`, short ttl) on the same routes. */
  updateTokens?: ResetTokens
  /** The app's accounts. */
  users: UsersAdapter<User>
  /** Sends the reset email; runs after the response, its failures go to `hooks.failed`. */
  sendResetEmail: (message: ResetEmail<User>) => void | Promise<void>
  /** How links are built: a configured origin (token in the fragment) or a function. */
  resetUrl: ResetUrlOption
  /** Single use and rate limits; defaults to {@link memoryStore} (one process only). */
  store?: Store
  /** Forgot-password limits; `false` turns them off. Defaults in {@link DEFAULT_RATE_LIMITS}. */
  rateLimit?: RateLimitOptions | false
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
  /** How long `sendResetEmail` may take before it is reported as `email_timeout`. Default 30 000 ms. */
  emailTimeoutMs?: number
  /**
   * Background work (lookup, token, email): jobs at once (default 4), queued jobs (default 1 000),
   * and a random delay before they start, up to `jitterMs` (default 25), so that the cost of a
   * known email's work does not show in the timing of the next request.
   */
  queue?: { concurrency?: number; maxPending?: number; jitterMs?: number }
}

/** The router returned by {@link passwordReset}, with a way to wait for its background jobs. */
export type PasswordResetRouter = Router & {
  /** Resolves once every queued forgot-password job (lookup, token, email) has finished. */
  drain(): Promise<void>
}

const USER_KEY = 'sesameResetUser'
const ACCEPTED_BODY = Object.freeze({ status: 'accepted' })
const CLOCK_TOLERANCE_SECONDS = 60

function timeout(ms: number): { promise: Promise<'timeout'>; cancel: () => void } {
  let timer: NodeJS.Timeout | undefined
  const promise = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms)
    timer.unref()
  })
  return { promise, cancel: () => clearTimeout(timer) }
}

function regenerateSession(req: Request): Promise<void> {
  const session = (req as { session?: { regenerate?: (done: (error?: unknown) => void) => void } })
    .session
  if (typeof session?.regenerate !== 'function') return Promise.resolve()
  return new Promise((resolve, reject) => {
    session.regenerate?.((error) => (error ? reject(error) : resolve()))
  })
}

function assertLimit(name: string, limit: Limit | false | undefined): void {
  if (limit === undefined || limit === false) return
  const positive = (value: unknown): boolean => typeof value === 'number' && value > 0
  if (!positive(limit.max) || !positive(limit.windowMs)) {
    throw new ConfigError(`rateLimit.${name} needs a positive max and windowMs, or false`)
  }
}

// Checked once at creation, so a misconfiguration fails at boot rather than on a user's request.
function assertOptions<User>(options: PasswordResetOptions<User>): void {
  for (const name of ['policy', 'tokens', 'users', 'sendResetEmail', 'resetUrl'] as const) {
    if (options[name] == null) throw new ConfigError(`passwordReset() needs the ${name} option`)
  }
  for (const name of ['findByEmail', 'findById', 'credentialState', 'setPassword'] as const) {
    if (typeof options.users[name] !== 'function') {
      throw new ConfigError(`passwordReset() needs users.${name}()`)
    }
  }
  if (options.rateLimit !== undefined && options.rateLimit !== false) {
    assertLimit('email', options.rateLimit.email)
    assertLimit('ip', options.rateLimit.ip)
  }
}

/**
 * The drop-in reset routes, for Express 4 and 5: `app.use('/auth', passwordReset({ … }))`.
 *
 * - `GET /policy`: the policy JSON, with an `ETag`.
 * - `POST /forgot-password` `{ email, locale? }`: always 202 with the same body and headers; the
 *   lookup, token and email happen after the response. Rate-limited per email and per address.
 * - `POST /reset-password/verify` `{ token }`: whether the token is usable and until when; never consumes it.
 * - `POST /reset-password` `{ token, password, confirmation }`: token, then policy (422 leaves the
 *   token usable), then confirmation, then single use in the store, then the new password,
 *   session revocation, the `passwordChanged` hook and optional sign-in.
 */
export function passwordReset<User>(options: PasswordResetOptions<User>): PasswordResetRouter {
  const { tokens, updateTokens, users, hooks } = options
  assertOptions(options)
  // Pattern rules compiled once, at startup (a policy that is not from definePolicy included).
  const policy = preparePolicy(options.policy)
  if (updateTokens && updateTokens.purpose === tokens.purpose) {
    throw new ConfigError('updateTokens must have another purpose than tokens (e.g. "update")')
  }
  const buildUrl = resetUrlBuilder(options.resetUrl)
  const store = options.store ?? memoryStore()
  const limits =
    options.rateLimit === false
      ? { email: false as const, ip: false as const }
      : {
          email: options.rateLimit?.email ?? DEFAULT_RATE_LIMITS.email,
          ip: options.rateLimit?.ip ?? DEFAULT_RATE_LIMITS.ip,
        }
  const revoke = options.revokeSessions ?? true
  const autoSignIn = options.signIn ?? true
  const emailTimeoutMs = options.emailTimeoutMs ?? 30_000
  const queue = jobQueue(
    options.queue?.concurrency ?? 4,
    options.queue?.maxPending ?? 1000,
    options.queue?.jitterMs ?? 25,
  )
  const verifiers = updateTokens ? [tokens, updateTokens] : [tokens]

  const failed = (
    code: FailureCode,
    step: 'forgot-password' | 'verify' | 'reset-password',
    extra: { userId?: string; error?: unknown } = {},
  ): void => {
    emit(hooks, 'failed', { code, step, ...extra })
  }

  const policyJson = JSON.stringify(policy)
  const policyEtag = `"${createHash('sha256').update(policyJson).digest('base64url').slice(0, 27)}"`

  const router = express.Router() as PasswordResetRouter

  router.get('/policy', (req: Request, res: Response) => {
    res.setHeader('ETag', policyEtag)
    res.setHeader('Cache-Control', 'no-cache')
    const match = req.headers['if-none-match']
    if (
      typeof match === 'string' &&
      match
        .split(',')
        .some((tag) => tag.trim().replace(/^W\//, '') === policyEtag || tag.trim() === '*')
    ) {
      res.statusCode = 304
      res.end()
      return
    }
    res.statusCode = 200
    res.setHeader('Content-Type', 'application/json; charset=utf-8')
    res.setHeader('Content-Length', String(Buffer.byteLength(policyJson)))
    res.end(policyJson)
  })

  // Counts one request against a limit; the retry delay when over it, else null.
  const overLimit = async (key: string, limit: Limit | false): Promise<number | null> => {
    if (limit === false) return null
    const { count, resetAt } = await store.hit(key, limit.windowMs)
    if (count <= limit.max) return null
    return Math.max(1, Math.ceil((resetAt.getTime() - Date.now()) / 1000))
  }

  const deliver = async (
    normalized: string,
    emailHash: string,
    locale: SupportedLocale,
  ): Promise<void> => {
    let user: User | null | undefined
    try {
      user = await users.findByEmail(normalized)
    } catch (error) {
      failed('lookup_failed', 'forgot-password', { error })
      return
    }
    emit(hooks, 'requested', { emailHash, known: user != null, locale })
    if (user == null) return
    const subject = userId(users, user)
    const state = await users.credentialState(user)
    const { token, jti, expiresAt } = await tokens.issue({ subject, state, locale })
    const message: ResetEmail<User> = {
      to: userEmail(users, user),
      url: buildUrl({ token, locale }),
      locale,
      user,
      expiresAt,
    }
    const limit = timeout(emailTimeoutMs)
    try {
      const outcome = await Promise.race([
        Promise.resolve(options.sendResetEmail(message)),
        limit.promise,
      ])
      if (outcome === 'timeout') {
        failed('email_timeout', 'forgot-password', { userId: subject })
        return
      }
    } catch (error) {
      failed('email_failed', 'forgot-password', { userId: subject, error })
      return
    } finally {
      limit.cancel()
    }
    emit(hooks, 'emailSent', { userId: subject, emailHash, tokenId: jti, expiresAt })
  }

  router.post(
    '/forgot-password',
    asyncHandler(
      async (req, res) => {
        const fields = await readFields(req, res, {
          email: { max: MAX_EMAIL_LENGTH },
          locale: { max: 35, optional: true },
        })
        if (!fields) return
        const normalized = normalizeEmail(fields.email!)
        const emailHash = hashEmail(normalized)
        const locale = requestLocale(req, fields.locale)
        let retry: [number | null, number | null]
        try {
          retry = await Promise.all([
            overLimit(`rl:forgot:ip:${clientKey(req)}`, limits.ip),
            overLimit(`rl:forgot:email:${emailHash}`, limits.email),
          ])
        } catch (error) {
          failed('store_unavailable', 'forgot-password', { error })
          sendProblem(req, res, 'store_unavailable')
          return
        }
        const [ipRetry, emailRetry] = retry
        if (ipRetry !== null || emailRetry !== null) {
          const retryAfterSeconds = Math.max(ipRetry ?? 0, emailRetry ?? 0)
          emit(hooks, 'rateLimited', {
            step: 'forgot-password',
            scope: ipRetry !== null ? 'ip' : 'email',
            retryAfterSeconds,
          })
          sendProblem(
            req,
            res,
            'rate_limited',
            { retryAfter: retryAfterSeconds },
            { 'Retry-After': String(retryAfterSeconds) },
          )
          return
        }
        sendJson(res, 202, ACCEPTED_BODY)
        const queued = queue.push(() =>
          deliver(normalized, emailHash, locale).catch((error: unknown) =>
            failed('internal_error', 'forgot-password', { error }),
          ),
        )
        if (!queued) failed('queue_full', 'forgot-password')
      },
      (error) => failed('internal_error', 'forgot-password', { error }),
    ),
  )

  // Loads the token's account once per request and answers its credential state.
  const loadState = async (
    subject: string,
    _req: Request,
    res: Response,
  ): Promise<string | null> => {
    const user = await users.findById(subject)
    if (user == null) return null
    ;(res.locals as Record<string, unknown>)[USER_KEY] = user
    return users.credentialState(user)
  }
  const userOf = (res: Response): User => (res.locals as Record<string, User>)[USER_KEY]!

  const tokenCheck = (step: 'verify' | 'reset-password') =>
    requireResetToken(verifiers, {
      state: loadState,
      onRejected: (code) => failed(code, step),
      onError: (error) => failed('internal_error', step, { error }),
    })

  router.post('/reset-password/verify', tokenCheck('verify'), (_req: Request, res: Response) => {
    const claims = verifiedResetToken(res)!
    emit(hooks, 'verified', {
      userId: claims.subject,
      tokenId: claims.jti,
      purpose: claims.purpose,
      expiresAt: claims.expiresAt,
    })
    sendJson(res, 200, {
      usable: true,
      purpose: claims.purpose,
      expiresAt: claims.expiresAt.toISOString(),
    })
  })

  const contextOf = async (_req: Request, res: Response): Promise<PasswordContext> => {
    const user = userOf(res)
    if (users.passwordContext) return users.passwordContext(user)
    return { email: userEmail(users, user) }
  }

  router.post(
    '/reset-password',
    tokenCheck('reset-password'),
    validatePassword(policy, {
      context: contextOf,
      ...(options.check ? { check: options.check } : {}),
      ...(options.checkOptions ? { checkOptions: options.checkOptions } : {}),
      onRejected: (code, _req, res) =>
        failed(code, 'reset-password', { userId: verifiedResetToken(res)!.subject }),
      onError: (error) => failed('internal_error', 'reset-password', { error }),
    }),
    asyncHandler(
      async (req, res) => {
        const claims = verifiedResetToken(res)!
        const user = userOf(res)
        const password = (req.body as Record<string, string>).password!
        const ttl = Math.max(
          1,
          Math.ceil((claims.expiresAt.getTime() - Date.now()) / 1000) + CLOCK_TOLERANCE_SECONDS,
        )
        let first: boolean
        try {
          first = await store.consume(`used:${claims.jti}`, ttl)
        } catch (error) {
          failed('store_unavailable', 'reset-password', { userId: claims.subject, error })
          sendProblem(req, res, 'store_unavailable')
          return
        }
        if (!first) {
          failed('token_used', 'reset-password', { userId: claims.subject })
          sendProblem(req, res, 'token_used')
          return
        }
        await users.setPassword(user, password)
        emit(hooks, 'redeemed', {
          userId: claims.subject,
          tokenId: claims.jti,
          purpose: claims.purpose,
        })
        const sessionsRevoked = revoke && typeof users.revokeSessions === 'function'
        if (sessionsRevoked) await users.revokeSessions!(user)
        emit(hooks, 'passwordChanged', {
          userId: claims.subject,
          purpose: claims.purpose,
          sessionsRevoked,
        })
        const signingIn = autoSignIn && typeof users.signIn === 'function'
        if (signingIn) {
          // A fresh session only: never carry over one that existed before the reset.
          await regenerateSession(req)
          await users.signIn!(req, res, user)
        }
        sendJson(res, 200, { status: 'password_changed', signedIn: signingIn })
      },
      (error) => failed('internal_error', 'reset-password', { error }),
    ),
  )

  router.drain = () => queue.drain()
  return router
}
