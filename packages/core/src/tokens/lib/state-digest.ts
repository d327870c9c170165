import { hmac } from '@noble/hashes/hmac.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { constantTimeEqual, toBase64url, utf8 } from './bytes'

/** Computes the keyed digest of an account's credential state that a token carries. */
export type StateDigest = (subject: string, jti: string, state: string) => string

/**
 * HMAC-SHA-256 of subject, jti and state (UTF-8, lone surrogates as U+FFFD): the jti makes every
 * token's digest different. Synchronous, as Web Crypto is not: an asynchronous HMAC per token
 * would cost as much again as its signature.
 */
export function stateDigest(key: Uint8Array): StateDigest {
  // The key's pads are absorbed once; each digest continues from a copy of that state.
  const keyed = hmac.create(sha256, key)
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
