import { ConfigError } from '@sesame/core'
import { RESET_CODE_LENGTH } from '@sesame/core/wire'
import { type KeyedDigest, keyedDigest } from './lib/hmac'
import type { Store } from './stores/types'

/** Options of the one-time codes that reset emails carry beside their link. */
export interface ResetCodeOptions {
  /**
   * Keys the codes' digests (HMAC-SHA-256), at least 32 bytes; the same on every instance that
   * shares a store. Without it a random key per handler is drawn, so codes stay on only with a
   * store of this process (`memoryStore`).
   */
  secret?: string | Uint8Array
  /** Tries per code before it is burned. Default 5 (at most 10). */
  attempts?: number
  /** Tries per address per 24 hours, over all its codes. Default 10. */
  dailyAttempts?: number
}

/** The default limits of {@link ResetCodeOptions}: 5 tries per code, 10 per address per day. */
export const DEFAULT_RESET_CODE_LIMITS: Readonly<{ attempts: number; dailyAttempts: number }> =
  Object.freeze({ attempts: 5, dailyAttempts: 10 })

/** Reset codes as a handler runs them: the limits and the keyed digest. */
export interface ResetCodes {
  readonly attempts: number
  readonly dailyAttempts: number
  readonly digest: KeyedDigest
}

const MIN_SECRET_BYTES = 32

function count(value: unknown, name: string, fallback: number, max: number): number {
  if (value === undefined) return fallback
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > max) {
    throw new ConfigError(`resetCodes.${name} must be a whole number from 1 to ${max}`)
  }
  return value
}

/** Validates the option once; null when codes are off (turned off, or a store that cannot keep them). */
export function resetCodes(
  option: ResetCodeOptions | false | undefined,
  store: Store,
): ResetCodes | null {
  if (option === false) return null
  const config = option ?? {}
  const attempts = count(config.attempts, 'attempts', DEFAULT_RESET_CODE_LIMITS.attempts, 10)
  const dailyAttempts = count(
    config.dailyAttempts,
    'dailyAttempts',
    DEFAULT_RESET_CODE_LIMITS.dailyAttempts,
    100,
  )
  const canKeep =
    typeof store.set === 'function' &&
    typeof store.get === 'function' &&
    typeof store.delete === 'function'
  if (config.secret !== undefined) {
    const bytes =
      typeof config.secret === 'string' ? new TextEncoder().encode(config.secret) : config.secret
    if (!(bytes instanceof Uint8Array) || bytes.length < MIN_SECRET_BYTES) {
      throw new ConfigError(`resetCodes.secret needs at least ${MIN_SECRET_BYTES} bytes`)
    }
    if (!canKeep) throw new ConfigError('resetCodes need a store with set, get and delete')
    return { attempts, dailyAttempts, digest: keyedDigest(bytes) }
  }
  if (!canKeep || store.scope !== 'process') {
    if (option !== undefined) {
      throw new ConfigError('resetCodes need a secret with a shared store (and set, get, delete)')
    }
    return null
  }
  return {
    attempts,
    dailyAttempts,
    digest: keyedDigest(crypto.getRandomValues(new Uint8Array(32))),
  }
}

const CODE_SPACE = 10 ** RESET_CODE_LENGTH
// The largest multiple of the code space under 2^32: draws at or above it are redrawn (no modulo bias).
const CEILING = Math.floor(2 ** 32 / CODE_SPACE) * CODE_SPACE

/** A uniformly random code of `RESET_CODE_LENGTH` digits, from the platform's CSPRNG. */
export function randomCode(): string {
  const draw = new Uint32Array(1)
  for (;;) {
    crypto.getRandomValues(draw)
    if (draw[0]! < CEILING) return String(draw[0]! % CODE_SPACE).padStart(RESET_CODE_LENGTH, '0')
  }
}
