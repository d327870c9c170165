import { unrefTimer } from '../lib/timers'
import { isProduction, runtimeWarning } from '../lib/warn'
import { checkKey } from './key'
import type { HitResult, Store } from './types'

/** Options of {@link memoryStore}. */
export interface MemoryStoreOptions {
  /**
   * Receives the warnings: once at creation with `NODE_ENV=production` (a per-process store breaks
   * single use and rate limits across instances), once when entries start being evicted.
   * Defaults to a runtime warning (`process.emitWarning` on Node).
   */
  warn?: (message: string) => void
  /** Most entries kept (used tokens and counters together); the oldest go first. Default 100 000. */
  maxEntries?: number
  /** How often expired entries are swept, in milliseconds. Defaults to 60 000. */
  sweepIntervalMs?: number
  /** Clock, for tests. Defaults to `Date.now`. */
  now?: () => number
}

/** The store {@link memoryStore} returns: a {@link Store} that can say how full it is. */
export interface MemoryStore extends Store {
  /** Always `'process'`. */
  readonly scope: 'process'
  /** Entries held now (used tokens and counters). */
  readonly size: number
}

const PRODUCTION_WARNING =
  '@sesame/server: memoryStore() keeps token use and rate limits in this process only; ' +
  'with more than one instance use redisStore().'

/**
 * The default store: single use and rate limits kept in this process's memory, at most
 * `maxEntries` of them. Correct for one process only; warns when `NODE_ENV=production`.
 */
export function memoryStore(options: MemoryStoreOptions = {}): MemoryStore {
  const now = options.now ?? Date.now
  const warn = options.warn ?? ((message: string) => runtimeWarning(message, 'SESAME_MEMORY_STORE'))
  const maxEntries = options.maxEntries ?? 100_000
  if (!Number.isInteger(maxEntries) || maxEntries < 1) {
    throw new RangeError('memoryStore({ maxEntries }) needs a positive integer')
  }
  if (isProduction()) warn(PRODUCTION_WARNING)

  const used = new Map<string, number>()
  const counters = new Map<string, { count: number; resetAt: number }>()
  let evicting = false

  // Oldest first: a Map iterates in insertion order.
  const makeRoom = (): void => {
    while (used.size + counters.size >= maxEntries) {
      const from = used.size >= counters.size ? used : counters
      const oldest = from.keys().next()
      if (oldest.done) return
      from.delete(oldest.value)
      if (!evicting) {
        evicting = true
        warn(
          `@sesame/server: memoryStore() is full (${maxEntries} entries) and evicts the oldest; ` +
            'raise maxEntries or use a shared store.',
        )
      }
    }
  }
  const sweep = (): void => {
    const t = now()
    for (const [key, expiresAt] of used) if (expiresAt <= t) used.delete(key)
    for (const [key, entry] of counters) if (entry.resetAt <= t) counters.delete(key)
  }
  const timer = setInterval(sweep, options.sweepIntervalMs ?? 60_000)
  unrefTimer(timer)

  return {
    scope: 'process',
    get size() {
      return used.size + counters.size
    },
    async consume(key, ttlSeconds) {
      checkKey(key)
      const t = now()
      const expiresAt = used.get(key)
      if (expiresAt !== undefined && expiresAt > t) return false
      if (expiresAt === undefined) makeRoom()
      used.set(key, t + ttlSeconds * 1000)
      return true
    },
    async hit(key, windowMs) {
      checkKey(key)
      const t = now()
      let entry = counters.get(key)
      if (entry === undefined || entry.resetAt <= t) {
        if (entry === undefined) makeRoom()
        entry = { count: 0, resetAt: t + windowMs }
        counters.set(key, entry)
      }
      entry.count += 1
      const result: HitResult = { count: entry.count, resetAt: new Date(entry.resetAt) }
      return result
    },
    async peek(key) {
      checkKey(key)
      const entry = counters.get(key)
      if (entry === undefined || entry.resetAt <= now()) return null
      const result: HitResult = { count: entry.count, resetAt: new Date(entry.resetAt) }
      return result
    },
    shutdown() {
      clearInterval(timer)
      used.clear()
      counters.clear()
      return Promise.resolve()
    },
  }
}
