import { base64url, CompactEncrypt, compactDecrypt } from 'jose'
import { describe, expect, it } from 'vitest'
import { createResetTokens, type ResetTokensOptions } from '../src/tokens'
import { ENCRYPTION_KEY_INFO } from '../src/tokens/lib/constants'
import { deriveKey } from '../src/tokens/lib/secret'
import {
  BASE,
  b64json,
  codeOf,
  hmacKey,
  OTHER_SECRET,
  payloadFor,
  SECRET,
  sign,
} from './tokens-helpers'

const ENCRYPTION_SECRET = 'an-encryption-secret-of-at-least-32-bytes'

function tokens(overrides: Partial<ResetTokensOptions> = {}) {
  return createResetTokens({
    ...BASE,
    keys: [{ kid: 'k1', secret: SECRET }],
    encryption: { secret: ENCRYPTION_SECRET },
    ...overrides,
  })
}

async function aesKey(secret: string) {
  const bytes = deriveKey(new TextEncoder().encode(secret), ENCRYPTION_KEY_INFO)
  return crypto.subtle.importKey('raw', bytes, 'AES-GCM', false, ['encrypt', 'decrypt'])
}

describe('encrypted tokens', () => {
  it('round-trips a compact JWE (dir + A256GCM) that hides every claim', async () => {
    const instance = tokens()
    const { token, jti } = await instance.issue({
      subject: 'user-42',
      state: 'hash-1',
      locale: 'fr',
    })
    const parts = token.split('.')
    expect(parts).toHaveLength(5)
    expect(parts[1]).toBe('')
    expect(JSON.parse(new TextDecoder().decode(base64url.decode(parts[0]!)))).toEqual({
      alg: 'dir',
      enc: 'A256GCM',
      cty: 'JWT',
    })
    expect(token).not.toContain(base64url.encode('user-42'))
    expect(token.length).toBeLessThanOrEqual(4096)
    await expect(instance.verify(token, { state: 'hash-1' })).resolves.toMatchObject({
      subject: 'user-42',
      jti,
      locale: 'fr',
    })
    expect(await codeOf(instance.verify(token, { state: 'hash-2' }))).toBe('stale')
    expect(instance.peek(token)).toBeNull()
    // The inner token is the same signed JWT a plain instance verifies.
    const { plaintext } = await compactDecrypt(token, await aesKey(ENCRYPTION_SECRET))
    const inner = new TextDecoder().decode(plaintext)
    await expect(
      tokens({ encryption: undefined as never }).verify(inner, { state: 'hash-1' }),
    ).resolves.toMatchObject({ subject: 'user-42' })
  })

  it('refuses a tampered ciphertext, tag, iv or header', async () => {
    const { token } = await tokens().issue({ subject: 'user-42', state: 'hash-1' })
    const parts = token.split('.')
    for (const index of [2, 3, 4]) {
      const copy = [...parts]
      const segment = copy[index]!
      copy[index] = (segment[0] === 'A' ? 'B' : 'A') + segment.slice(1)
      expect(await codeOf(tokens().verify(copy.join('.'), { state: 'hash-1' }))).toBe('invalid')
    }
    const header = b64json({ alg: 'dir', enc: 'A256GCM', cty: 'JWT', zip: 'DEF' })
    const reheadered = [header, ...parts.slice(1)].join('.')
    expect(await codeOf(tokens().verify(reheadered, { state: 'hash-1' }))).toBe('invalid')
    const relabelled = [b64json({ alg: 'dir', enc: 'A256GCM', cty: 'jwt' }), ...parts.slice(1)]
    expect(await codeOf(tokens().verify(relabelled.join('.'), { state: 'hash-1' }))).toBe('invalid')
  })

  it('refuses a token encrypted under another secret', async () => {
    const other = tokens({ encryption: { secret: OTHER_SECRET } })
    const { token } = await other.issue({ subject: 'user-42', state: 'hash-1' })
    expect(await codeOf(tokens().verify(token, { state: 'hash-1' }))).toBe('invalid')
  })

  it('refuses a plain signed token when encryption is required', async () => {
    const token = await sign(payloadFor(), await hmacKey(SECRET))
    expect(await codeOf(tokens().verify(token, { state: 'hash-1' }))).toBe('invalid')
  })

  it('refuses an encrypted payload that is not a signed token', async () => {
    const key = await aesKey(ENCRYPTION_SECRET)
    for (const plaintext of [
      'not a jwt',
      `${b64json({ alg: 'none' })}.${b64json(payloadFor())}.`,
    ]) {
      const token = await new CompactEncrypt(new TextEncoder().encode(plaintext))
        .setProtectedHeader({ alg: 'dir', enc: 'A256GCM', cty: 'JWT' })
        .encrypt(key)
      expect(await codeOf(tokens().verify(token, { state: 'hash-1' }))).toBe('invalid')
    }
  })

  it('refuses a malformed JWE', async () => {
    const header = b64json({ alg: 'dir', enc: 'A256GCM', cty: 'JWT' })
    for (const token of [
      'a.b.c.d.e',
      `${header}..!!.x.y`,
      `${header}.....`,
      `${header}..AAAB.x.y`,
    ]) {
      expect(await codeOf(tokens().verify(token, { state: 'hash-1' }))).toBe('malformed')
    }
  })
})
