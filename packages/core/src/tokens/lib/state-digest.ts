import { constantTimeEqual, toBase64url, utf8 } from './bytes'
import { hmacSha256 } from './hmac'

/** Computes the keyed digest of an account's credential state that a token carries. */
export type StateDigest = (subject: string, jti: string, state: string) => string

/** The part of `node:crypto` used here. */
interface NativeHmac {
  createHmac(
    algorithm: 'sha256',
    key: Uint8Array,
  ): { update(data: string): { digest(encoding: 'base64url'): string } }
}

/**
 * `node:crypto` when the runtime hands it out synchronously (Node.js 20.16+, through
 * `process.getBuiltinModule`, so that bundles for browsers never see a `node:` import).
 */
function nativeCrypto(): NativeHmac | undefined {
  const runtime = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } })
    .process
  return runtime?.getBuiltinModule?.('node:crypto') as NativeHmac | undefined
}

/**
 * HMAC-SHA-256 of subject, jti and state: the jti makes every token's digest different. Native
 * where Node.js offers it (a state is often a whole password hash: about 1.7 µs against 7 µs
 * for the portable code, which also runs on the main thread), the portable code elsewhere; both
 * encode text as UTF-8 with lone surrogates as U+FFFD, so they always agree. `native: null`
 * forces the portable code (tests).
 */
export function stateDigest(
  key: Uint8Array,
  native: NativeHmac | null | undefined = nativeCrypto(),
): StateDigest {
  if (native) {
    const secret = new Uint8Array(key)
    return (subject, jti, state) =>
      native
        .createHmac('sha256', secret)
        .update(`${subject}\u0000${jti}\u0000${state}`)
        .digest('base64url')
  }
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
