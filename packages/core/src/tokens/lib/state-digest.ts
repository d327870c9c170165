import { hmac } from '@noble/hashes/hmac.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { constantTimeEqual, toBase64url, utf8 } from './bytes'

/** Computes the keyed digest of an account's credential state that a token carries. */
export type StateDigest = (subject: string, jti: string, state: string) => string

/** The part of `node:crypto` the digest uses. */
export interface PlatformHmac {
  createSecretKey(key: Uint8Array): object
  createHmac(
    algorithm: 'sha256',
    key: object,
  ): { update(data: string, encoding: 'utf8'): { digest(encoding: 'base64url'): string } }
}

/**
 * `node:crypto` when the runtime hands it out synchronously (`process.getBuiltinModule`), so that
 * no `node:` import reaches an edge bundle.
 */
export function platformHmac(): PlatformHmac | undefined {
  const runtime = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } })
    .process
  const crypto = runtime?.getBuiltinModule?.('node:crypto') as Partial<PlatformHmac> | undefined
  // A partial node-compat layer without key objects gets the portable digest instead.
  return typeof crypto?.createHmac === 'function' && typeof crypto.createSecretKey === 'function'
    ? (crypto as PlatformHmac)
    : undefined
}

/**
 * HMAC-SHA-256 of subject, jti and state (UTF-8, lone surrogates as U+FFFD): the jti makes every
 * token's digest different. Synchronous, as Web Crypto is not: `node:crypto` where the runtime
 * has it, @noble/hashes elsewhere (both give the same bytes).
 */
export function stateDigest(
  key: Uint8Array,
  platform: PlatformHmac | undefined = platformHmac(),
): StateDigest {
  const material = new Uint8Array(key)
  if (platform) {
    // A key object made once: each digest then starts from it instead of importing the bytes.
    const keyObject = platform.createSecretKey(material)
    return (subject, jti, state) =>
      platform
        .createHmac('sha256', keyObject)
        .update(`${subject}\u0000${jti}\u0000${state}`, 'utf8')
        .digest('base64url')
  }
  // The key's pads are absorbed once; each digest continues from a copy of that state.
  const keyed = hmac.create(sha256, material)
  return (subject, jti, state) =>
    toBase64url(
      keyed
        .clone()
        .update(utf8(`${subject}\u0000${jti}\u0000${state}`))
        .digest(),
    )
}

/** True when `digest` is the digest of `state`, compared in constant time. */
export function stateMatches(
  digest: StateDigest,
  expected: string,
  subject: string,
  jti: string,
  state: string,
): boolean {
  return constantTimeEqual(digest(subject, jti, state), expected)
}
