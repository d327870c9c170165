import type { ResetStep } from '../hooks'
import type { ChallengeContext, HandlerOptions } from '../options'
import type { Limit } from '../rate-limit'
import type { Store } from '../stores/types'
import { emit } from './emit'
import { Refusal } from './refusal'
import { keyPart } from './store-key'

/** The defaults of the wrong-password counters. */
export const DEFAULT_THROTTLE: Readonly<{ address: Limit; account: Limit }> = Object.freeze({
  address: Object.freeze({ max: 50, windowMs: 15 * 60_000 }),
  account: Object.freeze({ max: 5, windowMs: 15 * 60_000 }),
})

/** Wrong-password counters shared by sign-in and change-password. */
export interface Throttle {
  /** Refuses (429 + `Retry-After`) an address past its limit, before any other work. */
  checkAddress(address: string | null, step: ResetStep): Promise<void>
  /**
   * Past the account's limit, refuses with `challenge_required` unless `answer` passes the app's
   * hook; under it, or with a right answer, resolves.
   */
  checkAccount(context: ChallengeContext, answer: string | undefined): Promise<void>
  /** Counts one wrong password for the address and the account. */
  wrong(address: string | null, emailHash: string): Promise<void>
}

const retryAfter = (resetAt: Date): number =>
  Math.max(1, Math.ceil((resetAt.getTime() - Date.now()) / 1000))

// A store error is the store's problem, never a password's: 503, and the app's hook is told.
async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if (error instanceof Refusal) throw error
    throw new Refusal('store_unavailable')
  }
}

/**
 * The counters over the handler's store. With `store.peek`, only wrong passwords count (the
 * count is read before, added to after); a store without it counts every attempt instead.
 */
export function createThrottle<User>(options: HandlerOptions<User>, store: Store): Throttle {
  const address = options.throttle?.address ?? DEFAULT_THROTTLE.address
  const account = options.throttle?.account ?? DEFAULT_THROTTLE.account
  const peeks = typeof store.peek === 'function'
  const addressKey = async (key: string) => `rl:signin:ip:${await keyPart(key)}`
  const accountKey = (emailHash: string) => `rl:signin:account:${emailHash}`
  // The count before this attempt, and when its window ends.
  const count = async (key: string, limit: Limit) => {
    if (peeks) return store.peek!(key)
    const { count: hits, resetAt } = await store.hit(key, limit.windowMs)
    return { count: hits - 1, resetAt }
  }
  return {
    async checkAddress(client, step) {
      if (address === false || client === null) return
      const seen = await guarded(async () => count(await addressKey(client), address))
      if (seen === null || seen.count < address.max) return
      const seconds = retryAfter(seen.resetAt)
      emit(options.hooks, 'rateLimited', { step, scope: 'ip', retryAfterSeconds: seconds })
      throw new Refusal('rate_limited', { retryAfter: seconds }, { 'retry-after': String(seconds) })
    },
    async checkAccount(context, answer) {
      if (account === false) return
      const seen = await guarded(() => count(accountKey(context.emailHash), account))
      if (seen === null || seen.count < account.max) return
      const hook = options.challenge!
      if (answer !== undefined && (await hook.verify(answer, context)) === true) return
      emit(options.hooks, 'rateLimited', {
        step: context.step,
        scope: 'account',
        retryAfterSeconds: retryAfter(seen.resetAt),
      })
      throw new Refusal('challenge_required', { challenge: await hook.issue(context) })
    },
    async wrong(client, emailHash) {
      if (!peeks) return
      await guarded(async () => {
        await Promise.all([
          address !== false && client !== null
            ? store.hit(await addressKey(client), address.windowMs)
            : null,
          account !== false ? store.hit(accountKey(emailHash), account.windowMs) : null,
        ])
      })
    },
  }
}
