import type { FailedCheck, ReusedCheck } from '@sesame/core/wire'
import type { Hasher } from '../hashing/argon2'
import type { HandlerOptions } from '../options'
import { type ProblemLocale, problemResponse, serverCatalogue } from '../problems'
import type { SesameResponse } from '../request'
import { base64url } from './digest'
import { defaultHashConcurrency, type HashLimiter, hashLimiter } from './hash-limiter'

/** Password verification for sign-in, change-password and the reuse check, bounded by one limiter. */
export interface Credentials<User> {
  /** The hasher of the options. */
  readonly hasher: Hasher
  /** Every hash and verification runs through it. */
  readonly limiter: HashLimiter
  /** `signInFloorMs`. */
  readonly floorMs: number
  /**
   * Verifies `password` against the account's stored hash; with no account or no hash, against
   * the library's own dummy hash, so that the work is the same. Resolves the hash it matched.
   */
  verify(user: User | null | undefined, password: string): Promise<string | null>
  /** Whether `password` is the current one (`hash`) or, when enabled, one of the last N. */
  reused(user: User, hash: string, password: string): Promise<boolean>
  /**
   * The reuse check of a reset or a forced update: `password` against the account's stored hash
   * (and the last N); whether it is one of them (false for an account without a hash).
   */
  reusedByAccount(user: User, password: string): Promise<boolean>
}

/** The `reused` check of a refused new password. */
export const REUSED_CHECK: ReusedCheck = Object.freeze({
  id: 'reused',
  type: 'reused',
  required: 0,
  actual: 1,
  met: false,
})

/** The 422 `password_policy` problem of a new password that is the current one (or a recent one). */
export function reusedResponse(locale: ProblemLocale, field = 'password'): SesameResponse {
  const catalogue = serverCatalogue(locale)
  const label = catalogue.server.checks.reused
  const check: FailedCheck = { ...REUSED_CHECK, label }
  return problemResponse('password_policy', catalogue, {
    field,
    checks: [check],
    errors: [{ field, check: 'reused', detail: label }],
  })
}

// With the `u` flag, a surrogate in this class matches only when it is not half of a pair.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u

function randomSecret(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(24)))
}

/** The credentials of a handler, or null when it has no hasher or no `users.passwordHash`. */
export function createCredentials<User>(options: HandlerOptions<User>): Credentials<User> | null {
  const { hasher, users } = options
  if (hasher === undefined || typeof users.passwordHash !== 'function') return null
  const limits = options.hashing ?? {}
  const limiter = hashLimiter(
    limits.concurrency ?? defaultHashConcurrency(),
    limits.maxQueue ?? 32,
    limits.retryAfterSeconds ?? 1,
  )
  const history = options.passwordHistory ?? 0
  // The dummy is the library's own hash of a secret nobody knows, made once per handler.
  let dummy: Promise<string> | undefined
  const dummyHash = (): Promise<string> => {
    dummy ??= hasher.hash(randomSecret())
    dummy.catch(() => {
      dummy = undefined
    })
    return dummy
  }
  const reused = async (user: User, hash: string, password: string): Promise<boolean> => {
    if (await limiter.run(() => hasher.verify(password, hash))) return true
    if (history === 0 || typeof users.passwordHistory !== 'function') return false
    const previous = (await users.passwordHistory(user)).slice(0, history)
    for (const old of previous) {
      if (await limiter.run(() => hasher.verify(password, old))) return true
    }
    return false
  }
  return {
    hasher,
    limiter,
    floorMs: options.signInFloorMs ?? 250,
    async verify(user, password) {
      const stored = user == null ? null : await users.passwordHash!(user)
      // A hasher sees each lone surrogate as U+FFFD: "\udfff" would open the account of "\ufffd".
      const usable = stored != null && stored !== '' && !LONE_SURROGATE.test(password)
      return limiter.run(async () => {
        if (!usable) {
          await hasher.verify(password, await dummyHash())
          return null
        }
        return (await hasher.verify(password, stored!)) ? stored! : null
      })
    },
    async reusedByAccount(user, password) {
      const current = await users.passwordHash!(user)
      return current != null && current !== '' && reused(user, current, password)
    },
    reused,
  }
}
