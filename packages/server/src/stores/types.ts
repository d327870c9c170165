/** The result of counting one request in a rate-limit window. */
export interface HitResult {
  /** Requests counted for this key in the current window, this one included. */
  readonly count: number
  /** When the current window ends and the count starts again from zero. */
  readonly resetAt: Date
}

/** Longest key a store accepts; the flows hash anything a client sends, so theirs stay far below. */
export const MAX_STORE_KEY_LENGTH = 256

/**
 * What the flows need from shared storage: single use of tokens and rate-limit counters.
 * Every method must be atomic across all the processes that share the store.
 */
export interface Store {
  /**
   * Where the state lives: `'process'` (this instance only: wrong with several instances) or
   * `'shared'` (every instance sees it). Absent means shared.
   */
  readonly scope?: 'process' | 'shared'
  /**
   * Marks `key` as used. Resolves `true` for exactly one caller per key (until `ttlSeconds` have
   * passed), `false` for every other caller, even when they race.
   */
  consume(key: string, ttlSeconds: number): Promise<boolean>
  /**
   * Counts one request for `key` in a fixed window of `windowMs` starting at the first hit, and
   * answers the count so far (this hit included) and when the window ends.
   */
  hit(key: string, windowMs: number): Promise<HitResult>
  /**
   * The count of `key` in its current window without counting a request, or null when it has
   * none. Sign-in counts only wrong passwords, so it reads a counter before deciding to add to it;
   * without `peek` it counts every attempt instead.
   */
  peek?(key: string): Promise<HitResult | null>
  /** Releases timers or connections the store owns (never a client that was passed in). */
  shutdown(): Promise<void>
}
