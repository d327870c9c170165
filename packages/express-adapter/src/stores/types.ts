/** The result of counting one request in a rate-limit window. */
export interface HitResult {
  /** Requests counted for this key in the current window, this one included. */
  readonly count: number
  /** When the current window ends and the count starts again from zero. */
  readonly resetAt: Date
}

/**
 * What the routes need from shared storage: single use of reset tokens and rate-limit counters.
 * Every method must be atomic across all the processes that share the store.
 */
export interface Store {
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
  /** Releases timers or connections the store owns (never a client that was passed in). */
  shutdown(): Promise<void>
}
