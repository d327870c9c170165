/** One limit: at most `max` requests per `windowMs`. */
export interface Limit {
  /** Requests allowed per window. */
  max: number
  /** Window length in milliseconds. */
  windowMs: number
}

/**
 * Limits of `POST /forgot-password`. Defaults: 3 per 15 minutes per email (normalised), 30 per
 * 15 minutes per client address (IPv6 by /64). Unknown emails are counted exactly like known ones.
 * `false` turns a limit off.
 */
export interface RateLimitOptions {
  /** Per normalised email. Default `{ max: 3, windowMs: 900_000 }`. */
  email?: Limit | false
  /** Per client address. Default `{ max: 30, windowMs: 900_000 }`. */
  ip?: Limit | false
}

/** The default limits of {@link RateLimitOptions}. */
export const DEFAULT_RATE_LIMITS: Readonly<{ email: Limit; ip: Limit }> = Object.freeze({
  email: Object.freeze({ max: 3, windowMs: 15 * 60_000 }),
  ip: Object.freeze({ max: 30, windowMs: 15 * 60_000 }),
})
