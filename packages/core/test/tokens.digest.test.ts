import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { HKDF_SALT } from '../src/tokens/lib/constants'
import { deriveKey } from '../src/tokens/lib/secret'
import { sha256 } from '../src/tokens/lib/sha256'
import { stateDigest } from '../src/tokens/lib/state-digest'

async function webCryptoHmac(key: Uint8Array, message: string): Promise<Uint8Array> {
  const imported = await crypto.subtle.importKey(
    'raw',
    new Uint8Array(key),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  )
  return new Uint8Array(
    await crypto.subtle.sign('HMAC', imported, new TextEncoder().encode(message)),
  )
}

function base64url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64url')
}

describe('state digest', () => {
  // Native node:crypto where the runtime offers it, the portable code elsewhere (browsers).
  const variants = [
    ['native (node:crypto)', (key: Uint8Array) => stateDigest(key)],
    ['portable', (key: Uint8Array) => stateDigest(key, null)],
  ] as const

  it('uses node:crypto on Node.js', () => {
    expect(typeof process.getBuiltinModule).toBe('function')
  })

  it.each(variants)(
    '%s is HMAC-SHA-256 of subject, jti and state, equal to Web Crypto for any key and input',
    async (_, make) => {
      await fc.assert(
        fc.asyncProperty(
          fc.uint8Array({ minLength: 32, maxLength: 100 }),
          fc.string({ maxLength: 20 }),
          fc.oneof(
            fc.string({ maxLength: 200, unit: 'grapheme' }),
            // Lone surrogates: both encode them as U+FFFD, as Web Crypto's TextEncoder does.
            fc.string({ maxLength: 40, unit: 'binary' }),
          ),
          async (key, subject, state) => {
            const digest = make(key)
            const expected = await webCryptoHmac(key, `${subject}\u0000jti\u0000${state}`)
            expect(digest(subject, 'jti', state)).toBe(base64url(expected))
            // A second call on the same instance reuses its scratch state and must agree.
            expect(digest(subject, 'jti', state)).toBe(base64url(expected))
          },
        ),
        { numRuns: 200 },
      )
    },
  )

  it('keeps its own copy of the key', () => {
    const key = new Uint8Array(32).fill(1)
    const digest = stateDigest(key)
    const before = digest('s', 'j', 'state')
    key.fill(2)
    expect(digest('s', 'j', 'state')).toBe(before)
  })
})

describe('key derivation', () => {
  it('is HKDF-SHA-256 (RFC 5869), equal to Web Crypto for any material and info', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ minLength: 32, maxLength: 100 }),
        fc.string({ maxLength: 40 }),
        async (material, info) => {
          const base = await crypto.subtle.importKey(
            'raw',
            new Uint8Array(material),
            'HKDF',
            false,
            ['deriveBits'],
          )
          const bits = await crypto.subtle.deriveBits(
            {
              name: 'HKDF',
              hash: 'SHA-256',
              salt: new TextEncoder().encode(HKDF_SALT),
              info: new TextEncoder().encode(info),
            },
            base,
            256,
          )
          expect(deriveKey(material, info)).toEqual(new Uint8Array(bits))
        },
      ),
      { numRuns: 100 },
    )
  })
})

describe('sha256', () => {
  it('matches the FIPS 180-4 test vectors', () => {
    const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex')
    expect(hex(sha256(new Uint8Array()))).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    )
    expect(hex(sha256(new TextEncoder().encode('abc')))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    )
    expect(
      hex(
        sha256(
          new TextEncoder().encode('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'),
        ),
      ),
    ).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1')
  })

  it('equals Web Crypto for every length across block boundaries', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        const expected = new Uint8Array(
          await crypto.subtle.digest('SHA-256', new Uint8Array(bytes)),
        )
        expect(sha256(bytes)).toEqual(expected)
      }),
      { numRuns: 300 },
    )
  })

  it('equals Web Crypto for messages longer than its scratch buffer', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1000, maxLength: 3000 }), async (bytes) => {
        const expected = new Uint8Array(
          await crypto.subtle.digest('SHA-256', new Uint8Array(bytes)),
        )
        expect(sha256(bytes)).toEqual(expected)
        expect(sha256(bytes.subarray(0, 10))).toEqual(
          new Uint8Array(await crypto.subtle.digest('SHA-256', bytes.slice(0, 10))),
        )
      }),
      { numRuns: 30 },
    )
  })
})
