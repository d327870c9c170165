import { ConfigError } from '../../errors'
import type { ResetTokenAlgorithm, ResetTokensOptions } from '../types'
import { DEFAULT_CLOCK_TOLERANCE, ENCRYPTION_KEY_INFO, MAX_CLOCK_TOLERANCE } from './constants'
import { type Encryption, encryption } from './encryption'
import { type KeyEntry, keyEntries } from './keys'
import { deriveKey, secretBytes } from './secret'
import { maxTtlFor, parseTtl } from './ttl'

/** Options once validated, with keys ready to import. */
export interface TokensConfig {
  readonly issuer: string
  readonly audience: string
  readonly purpose: string
  readonly ttl: number
  readonly clockTolerance: number
  readonly now: () => number
  readonly signer: KeyEntry
  readonly verifiers: ReadonlyMap<string, KeyEntry>
  /** Every algorithm some key is pinned to. */
  readonly algorithms: ResetTokenAlgorithm[]
  readonly encryption: Encryption | undefined
}

const PURPOSE = /^[A-Za-z0-9._:-]{1,64}$/
// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f]/

function label(value: unknown, name: string): string {
  if (
    typeof value !== 'string' ||
    value.length === 0 ||
    value.length > 256 ||
    CONTROL.test(value)
  ) {
    throw new ConfigError(`${name} must be a non-empty string of at most 256 printable characters.`)
  }
  return value
}

/** Checks every option synchronously, so a bad configuration fails at start-up, not at first use. */
export function resolveConfig(options: ResetTokensOptions): TokensConfig {
  if (typeof options !== 'object' || options === null) {
    throw new ConfigError('createResetTokens needs an options object.')
  }
  const purpose = options.purpose ?? 'reset'
  if (typeof purpose !== 'string' || !PURPOSE.test(purpose)) {
    throw new ConfigError('purpose must be 1 to 64 letters, digits or "._:-".')
  }
  const clockTolerance = options.clockTolerance ?? DEFAULT_CLOCK_TOLERANCE
  if (
    typeof clockTolerance !== 'number' ||
    !Number.isInteger(clockTolerance) ||
    clockTolerance < 0 ||
    clockTolerance > MAX_CLOCK_TOLERANCE
  ) {
    throw new ConfigError(`clockTolerance must be whole seconds from 0 to ${MAX_CLOCK_TOLERANCE}.`)
  }
  const now = options.now ?? Date.now
  if (typeof now !== 'function') throw new ConfigError('now must be a function.')
  const keys = keyEntries(options.keys, options.stateKey)
  const encryptionSecret = options.encryption?.secret
  return {
    issuer: label(options.issuer, 'issuer'),
    audience: label(options.audience, 'audience'),
    purpose,
    ttl: parseTtl(options.ttl, maxTtlFor(purpose)),
    clockTolerance,
    now,
    signer: keys[0] as KeyEntry,
    verifiers: new Map(keys.map((entry) => [entry.kid, entry])),
    algorithms: [...new Set(keys.map((entry) => entry.alg))],
    encryption:
      options.encryption === undefined
        ? undefined
        : encryption(
            deriveKey(secretBytes(encryptionSecret, 'encryption.secret'), ENCRYPTION_KEY_INFO),
          ),
  }
}
