import { base64url, CompactSign, type CryptoKey } from 'jose'
import { expect } from 'vitest'
import { ResetTokenError } from '../src/tokens'
import { STATE_KEY_INFO, TOKEN_TYPE } from '../src/tokens/lib/constants'
import { deriveKey } from '../src/tokens/lib/secret'
import { stateDigest } from '../src/tokens/lib/state-digest'

export const SECRET = 'a-test-secret-of-more-than-32-bytes-long!'
export const OTHER_SECRET = 'another-test-secret-of-32-bytes-or-more!!'
export const NOW = Date.UTC(2026, 10, 27, 11, 0, 0)
export const BASE = {
  ttl: '30m',
  issuer: 'https://portal.example',
  audience: 'password-reset',
  now: () => NOW,
} as const

const encoder = new TextEncoder()

export function b64json(value: unknown): string {
  return base64url.encode(encoder.encode(JSON.stringify(value)))
}

/** The payload createResetTokens would issue for `subject`/`state` under `secret`, with overrides. */
export function payloadFor(
  overrides: Record<string, unknown> = {},
  { secret = SECRET, subject = 'user-42', state = 'hash-1', jti = 'AAAAAAAAAAAAAAAAAAAAAA' } = {},
): Record<string, unknown> {
  const iat = Math.floor(NOW / 1000)
  const digest = stateDigest(deriveKey(encoder.encode(secret), STATE_KEY_INFO))
  return {
    iss: BASE.issuer,
    aud: BASE.audience,
    sub: subject,
    jti,
    iat,
    exp: iat + 1800,
    pur: 'reset',
    sdg: digest(subject, jti, state),
    ...overrides,
  }
}

export async function hmacKey(secret: string | Uint8Array): Promise<CryptoKey> {
  const bytes = typeof secret === 'string' ? encoder.encode(secret) : new Uint8Array(secret)
  return (await crypto.subtle.importKey('raw', bytes, { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ])) as CryptoKey
}

/** A compact JWS with any header and payload, signed for real. */
export async function sign(
  payload: Record<string, unknown>,
  key: CryptoKey | Uint8Array,
  header: Record<string, unknown> = { alg: 'HS256', typ: TOKEN_TYPE, kid: 'k1' },
): Promise<string> {
  return new CompactSign(encoder.encode(JSON.stringify(payload)))
    .setProtectedHeader(header as { alg: string })
    .sign(key)
}

/** The code a verification was refused with (checked to be a ResetTokenError), or `'resolved'`. */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(ResetTokenError)
    return (error as ResetTokenError).code
  }
  return 'resolved'
}
