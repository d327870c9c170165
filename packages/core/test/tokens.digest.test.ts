import { createHmac, hkdfSync } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { HKDF_SALT, STATE_KEY_INFO } from '../src/tokens/lib/constants'
import { deriveKey } from '../src/tokens/lib/secret'
import { platformHmac, stateDigest } from '../src/tokens/lib/state-digest'

// The reference: node:crypto, imported by the tests themselves.
function nodeHmac(key: Uint8Array, message: string): string {
  return createHmac('sha256', key).update(message, 'utf8').digest('base64url')
}

// The library digests with node:crypto where the runtime offers it, with @noble/hashes elsewhere.
const implementations = [
  ['node:crypto', platformHmac()],
  ['@noble/hashes', undefined],
] as const

describe.each(implementations)('state digest (%s)', (_name, platform) => {
  it('is HMAC-SHA-256 of subject, jti and state, equal to node:crypto for any key and input', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 32, maxLength: 100 }),
        fc.string({ maxLength: 20 }),
        fc.oneof(
          fc.string({ maxLength: 200, unit: 'grapheme' }),
          // Lone surrogates: both encode them as U+FFFD.
          fc.string({ maxLength: 40, unit: 'binary' }),
          // Longer than one block, as a whole password hash is.
          fc.string({ minLength: 64, maxLength: 400 }),
        ),
        (key, subject, state) => {
          const digest = stateDigest(key, platform)
          const expected = nodeHmac(key, `${subject}\u0000jti\u0000${state}`)
          expect(digest(subject, 'jti', state)).toBe(expected)
          // A second call on the same instance starts again from the keyed state and must agree.
          expect(digest(subject, 'jti', state)).toBe(expected)
        },
      ),
      { numRuns: 300 },
    )
  })

  // Computed by the previous implementation: tokens already in users' mailboxes keep verifying.
  it('gives the digest tokens issued by earlier versions carry', () => {
    const digest = stateDigest(
      deriveKey(new TextEncoder().encode('x'.repeat(32)), STATE_KEY_INFO),
      platform,
    )
    expect(digest('user-42', 'AAAAAAAAAAAAAAAAAAAAAA', 'hash-1')).toBe(
      'jXkMqJeELvhOGwxIWh3dJ-cPgXHtCPmksvmcFydnZUY',
    )
  })

  it('keeps its own copy of the key', () => {
    const key = new Uint8Array(32).fill(1)
    const digest = stateDigest(key, platform)
    const before = digest('s', 'j', 'state')
    key.fill(2)
    expect(digest('s', 'j', 'state')).toBe(before)
  })
})

it('finds node:crypto on Node.js', () => {
  expect(platformHmac()).toBeDefined()
})

it('leaves a node-compat layer without key objects to the portable digest', () => {
  const key = new Uint8Array(32).fill(7)
  const expected = stateDigest(key, platformHmac())('s', 'j', 'state')
  const spy = vi.spyOn(process, 'getBuiltinModule').mockReturnValue({ createHmac } as never)
  try {
    expect(platformHmac()).toBeUndefined()
    expect(stateDigest(key)('s', 'j', 'state')).toBe(expected)
  } finally {
    spy.mockRestore()
  }
})

describe('key derivation', () => {
  it('is HKDF-SHA-256 (RFC 5869), equal to node:crypto for any material and info', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 32, maxLength: 100 }),
        fc.string({ maxLength: 40 }),
        (material, info) => {
          const expected = hkdfSync('sha256', material, HKDF_SALT, info, 32)
          expect(deriveKey(material, info)).toEqual(new Uint8Array(expected))
        },
      ),
      { numRuns: 200 },
    )
  })
})
