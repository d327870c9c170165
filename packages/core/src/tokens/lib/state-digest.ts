import { constantTimeEqual, toBase64url, utf8 } from './bytes'
import { hmacSha256 } from './hmac'

/** Computes the keyed digest of an account's credential state that a token carries. */
export type StateDigest = (subject: string, jti: string, state: string) => string

/** HMAC-SHA-256 of subject, jti and state: the jti makes every token's digest different. */
export function stateDigest(key: Uint8Array): StateDigest {
  const mac = hmacSha256(key)
  return (subject, jti, state) => toBase64url(mac(utf8(`${subject}\u0000${jti}\u0000${state}`)))
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
