import type { HitResult, Store } from './types'

/** Options of {@link memoryStore}. */
export interface MemoryStoreOptions {
  /**
   * Called once (per function) when the store is created with `NODE_ENV=production`, where a
   * per-process store breaks single use and rate limits across instances.
   * Defaults to `process.emitWarning`.
   */
  warn?: (message: string) => void
  /** How often expired entries are swept, in milliseconds. Defaults to 60 000. */
  sweepIntervalMs?: number
  /** Clock, for tests. Defaults to `Date.now`. */
  now?: () => number
}

const PRODUCTION_WARNING =
  '@sesame/express: memoryStore() keeps token use and rate limits in this process only; ' +
  'with more than one instance use redisStore().'

// One warning per warn function: the default warns once per process however many stores exist.
const warnedBy = new WeakSet<(message: string) => void>()

const defaultWarn = (message: string): void => {
  process.emitWarning(message, { code: 'SESAME_MEMORY_STORE' })
}

/**
 * The default store: single use and rate limits kept in this process's memory. Correct for one
 * process only; warns when `NODE_ENV=production`.
 */
export function memoryStore(options: MemoryStoreOptions = {}): Store {
  const now = options.now ?? Date.now
  const warn = options.warn ?? defaultWarn
  if (process.env.NODE_ENV === 'production' && !warnedBy.has(warn)) {
    warnedBy.add(warn)
    warn(PRODUCTION_WARNING)
  }

  const used = new Map<string, number>()
  const counters = new Map<string, { count: number; resetAt: number }>()

  const sweep = (): void => {
    const t = now()
    for (const [key, expiresAt] of used) if (expiresAt <= t) used.delete(key)
    for (const [key, entry] of counters) if (entry.resetAt <= t) counters.delete(key)
  }
  const timer = setInterval(sweep, options.sweepIntervalMs ?? 60_000)
  // The sweep must never keep the process alive on its own.
  timer.unref()

  return {
    consume(key, ttlSeconds) {
      const t = now()
      const expiresAt = used.get(key)
      if (expiresAt !== undefined && expiresAt > t) return Promise.resolve(false)
      used.set(key, t + ttlSeconds * 1000)
      return Promise.resolve(true)
    },
    hit(key, windowMs) {
      const t = now()
      let entry = counters.get(key)
      if (entry === undefined || entry.resetAt <= t) {
        entry = { count: 0, resetAt: t + windowMs }
        counters.set(key, entry)
      }
      entry.count += 1
      const result: HitResult = { count: entry.count, resetAt: new Date(entry.resetAt) }
      return Promise.resolve(result)
    },
    shutdown() {
      clearInterval(timer)
      used.clear()
      counters.clear()
      return Promise.resolve()
    },
  }
}
