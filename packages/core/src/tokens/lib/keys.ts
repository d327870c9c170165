import type { CryptoKey, JWK } from 'jose'
import { ConfigError } from '../../errors'
import type { KeyConfig, ResetTokenAlgorithm, SecretInput } from '../types'
import { STATE_KEY_INFO } from './constants'
import { deriveKey, secretBytes } from './secret'
import { type StateDigest, stateDigest } from './state-digest'

/** One configured key, validated, with its Web Crypto keys imported on first use and kept. */
export interface KeyEntry {
  readonly kid: string
  readonly alg: ResetTokenAlgorithm
  /** Resolves the signing key; absent for a verify-only key. */
  readonly signingKey: (() => Promise<CryptoKey>) | undefined
  readonly verifyingKey: () => Promise<CryptoKey>
  readonly digest: StateDigest
}

const KID = /^[A-Za-z0-9._:-]{1,64}$/

/** Validates the key list synchronously; throws ConfigError on the first problem. */
export function keyEntries(keys: unknown, stateKey: SecretInput | undefined): KeyEntry[] {
  if (!Array.isArray(keys) || keys.length === 0) {
    throw new ConfigError('keys must be a non-empty list: the first key signs, every key verifies.')
  }
  const sharedDigest =
    stateKey === undefined
      ? undefined
      : stateDigest(deriveKey(secretBytes(stateKey, 'stateKey'), STATE_KEY_INFO))
  const seen = new Set<string>()
  return keys.map((config: unknown, index) => {
    if (typeof config !== 'object' || config === null) {
      throw new ConfigError(`keys[${index}] must be an object.`)
    }
    const { kid } = config as { kid?: unknown }
    if (typeof kid !== 'string' || !KID.test(kid)) {
      throw new ConfigError(`keys[${index}].kid must be 1 to 64 letters, digits or "._:-".`)
    }
    if (seen.has(kid)) throw new ConfigError(`keys[${index}].kid "${kid}" is listed twice.`)
    seen.add(kid)
    if ('secret' in config) return secretEntry(config as KeyConfig & { kid: string }, sharedDigest)
    if (!sharedDigest) {
      throw new ConfigError('stateKey is required when a key is asymmetric (EdDSA or ES256).')
    }
    const entry = asymmetricEntry(config as KeyConfig & { kid: string }, index, sharedDigest)
    if (index === 0 && !entry.signingKey) {
      throw new ConfigError('keys[0] signs new tokens: it needs a privateKey.')
    }
    return entry
  })
}

// Imports on first use and keeps the result; a key Web Crypto refuses is a configuration error.
function once(kid: string, make: () => Promise<CryptoKey>): () => Promise<CryptoKey> {
  let promise: Promise<CryptoKey> | undefined
  return () => {
    promise ??= make().catch((cause: unknown) => {
      throw new ConfigError(`keys "${kid}" could not be imported.`, { cause })
    })
    return promise
  }
}

function secretEntry(config: { kid: string; secret?: unknown }, shared?: StateDigest): KeyEntry {
  const bytes = secretBytes(config.secret, `keys "${config.kid}" secret`)
  const key = once(
    config.kid,
    async () =>
      (await crypto.subtle.importKey('raw', bytes, { name: 'HMAC', hash: 'SHA-256' }, false, [
        'sign',
        'verify',
      ])) as CryptoKey,
  )
  return {
    kid: config.kid,
    alg: 'HS256',
    signingKey: key,
    verifyingKey: key,
    digest: shared ?? stateDigest(deriveKey(bytes, STATE_KEY_INFO)),
  }
}

interface KeyShape {
  readonly alg: 'EdDSA' | 'ES256'
  readonly type: 'private' | 'public'
  readonly load: () => Promise<CryptoKey>
}

function asymmetricEntry(
  config: { kid: string; alg?: unknown; privateKey?: unknown; publicKey?: unknown },
  index: number,
  digest: StateDigest,
): KeyEntry {
  const where = `keys[${index}]`
  if (config.alg !== undefined && config.alg !== 'EdDSA' && config.alg !== 'ES256') {
    throw new ConfigError(`${where}.alg must be "EdDSA" or "ES256".`)
  }
  if (config.publicKey === undefined) {
    throw new ConfigError(`${where} needs a secret (HS256) or a publicKey (EdDSA, ES256).`)
  }
  const publicShape = keyShape(config.publicKey, `${where}.publicKey`)
  if (publicShape.type !== 'public')
    throw new ConfigError(`${where}.publicKey is not a public key.`)
  const alg = publicShape.alg
  if (config.alg !== undefined && config.alg !== alg) {
    throw new ConfigError(`${where}.alg is "${config.alg}" but its keys are ${alg} keys.`)
  }
  let signingKey: (() => Promise<CryptoKey>) | undefined
  if (config.privateKey !== undefined) {
    const privateShape = keyShape(config.privateKey, `${where}.privateKey`)
    if (privateShape.type !== 'private') {
      throw new ConfigError(`${where}.privateKey is not a private key.`)
    }
    if (privateShape.alg !== alg) {
      throw new ConfigError(`${where}.privateKey and publicKey are not the same kind of key.`)
    }
    signingKey = once(config.kid, privateShape.load)
  }
  return {
    kid: config.kid,
    alg,
    signingKey,
    verifyingKey: once(config.kid, publicShape.load),
    digest,
  }
}

// Recognises the three accepted key forms by their shape: Node's KeyObject cannot be imported here.
function keyShape(value: unknown, where: string): KeyShape {
  if (typeof value !== 'object' || value === null) {
    throw new ConfigError(`${where} must be a CryptoKey, a KeyObject or a JWK.`)
  }
  const key = value as Record<string, unknown>
  if (typeof key.kty === 'string') return jwkShape(key as unknown as JWK, where)
  if (typeof key.algorithm === 'object' && key.algorithm !== null && Array.isArray(key.usages)) {
    return cryptoKeyShape(value as CryptoKey, where)
  }
  if (typeof key.export === 'function' && typeof key.asymmetricKeyType === 'string') {
    return keyObjectShape(key, where)
  }
  throw new ConfigError(`${where} must be a CryptoKey, a KeyObject or a JWK.`)
}

function jwkShape(jwk: JWK, where: string): KeyShape {
  let alg: 'EdDSA' | 'ES256'
  if (jwk.kty === 'OKP' && jwk.crv === 'Ed25519') alg = 'EdDSA'
  else if (jwk.kty === 'EC' && jwk.crv === 'P-256') alg = 'ES256'
  else throw new ConfigError(`${where} must be an Ed25519 or P-256 JWK.`)
  const type = typeof jwk.d === 'string' ? 'private' : 'public'
  const copy = { ...jwk }
  return { alg, type, load: () => importJwk(copy, alg, type) }
}

// Web Crypto imports JWKs itself; only the parameters of the two pinned algorithms are needed.
async function importJwk(
  jwk: JWK,
  alg: 'EdDSA' | 'ES256',
  type: 'private' | 'public',
): Promise<CryptoKey> {
  const algorithm = alg === 'EdDSA' ? { name: 'Ed25519' } : { name: 'ECDSA', namedCurve: 'P-256' }
  const usage = type === 'private' ? 'sign' : 'verify'
  // Only the key material: `use`, `key_ops` or `alg` written for another purpose must not interfere.
  const fields = type === 'private' ? ['kty', 'crv', 'x', 'y', 'd'] : ['kty', 'crv', 'x', 'y']
  const source = jwk as Readonly<Record<string, unknown>>
  const clean = Object.fromEntries(
    fields.filter((field) => source[field] !== undefined).map((field) => [field, source[field]]),
  ) as JsonWebKey
  return (await crypto.subtle.importKey('jwk', clean, algorithm, false, [usage])) as CryptoKey
}

function cryptoKeyShape(key: CryptoKey, where: string): KeyShape {
  const algorithm = key.algorithm as { name: string; namedCurve?: string }
  let alg: 'EdDSA' | 'ES256'
  if (algorithm.name === 'Ed25519') alg = 'EdDSA'
  else if (algorithm.name === 'ECDSA' && algorithm.namedCurve === 'P-256') alg = 'ES256'
  else throw new ConfigError(`${where} must be an Ed25519 or ECDSA P-256 CryptoKey.`)
  if (key.type !== 'private' && key.type !== 'public') {
    throw new ConfigError(`${where} must be a private or public key.`)
  }
  const usage = key.type === 'private' ? 'sign' : 'verify'
  if (!(key.usages as readonly string[]).includes(usage)) {
    throw new ConfigError(`${where} must allow "${usage}".`)
  }
  return { alg, type: key.type, load: async () => key }
}

function keyObjectShape(key: Record<string, unknown>, where: string): KeyShape {
  const details = key.asymmetricKeyDetails as { namedCurve?: string } | undefined
  let alg: 'EdDSA' | 'ES256'
  if (key.asymmetricKeyType === 'ed25519') alg = 'EdDSA'
  else if (
    key.asymmetricKeyType === 'ec' &&
    (details?.namedCurve === 'prime256v1' || details?.namedCurve === 'P-256')
  )
    alg = 'ES256'
  else throw new ConfigError(`${where} must be an Ed25519 or P-256 KeyObject.`)
  if (key.type !== 'private' && key.type !== 'public') {
    throw new ConfigError(`${where} must be a private or public key.`)
  }
  // Exported now, while the caller's object is known to be valid; imported once on first use.
  const jwk = (key.export as (options: { format: 'jwk' }) => JWK)({ format: 'jwk' })
  const type = key.type
  return { alg, type, load: () => importJwk(jwk, alg, type) }
}
