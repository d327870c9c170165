import { generateKeyPairSync } from 'node:crypto'
import { base64url, exportJWK, generateKeyPair } from 'jose'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  type AsymmetricKeyConfig,
  ConfigError,
  createResetTokens,
  isSesameError,
  type KeyConfig,
  TOKEN_TYPE,
} from '../src/tokens'
import { BASE, codeOf, hmacKey, NOW, payloadFor, SECRET, sign } from './tokens-helpers'

const STATE_KEY = 'a-state-key-of-at-least-thirty-two-bytes'

function tokens(keys: KeyConfig[], stateKey: string | null = STATE_KEY) {
  return createResetTokens({ ...BASE, keys, ...(stateKey === null ? {} : { stateKey }) })
}

function configError(fn: () => unknown): unknown {
  try {
    fn()
  } catch (error) {
    expect(isSesameError(error, 'invalid_config')).toBe(true)
    return error
  }
  throw new Error('did not throw')
}

let ed: { privateKey: CryptoKey; publicKey: CryptoKey }
let es: { privateKey: CryptoKey; publicKey: CryptoKey }

beforeAll(async () => {
  ed = (await generateKeyPair('EdDSA', { extractable: true })) as typeof ed
  es = (await generateKeyPair('ES256', { extractable: true })) as typeof es
})

describe('asymmetric keys', () => {
  it('signs and verifies with EdDSA and ES256 given as CryptoKey, JWK or KeyObject', async () => {
    const edNode = generateKeyPairSync('ed25519')
    const esNode = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    const configs: [string, AsymmetricKeyConfig][] = [
      ['EdDSA CryptoKey', { kid: 'e1', ...ed }],
      ['ES256 CryptoKey', { kid: 'e1', ...es }],
      [
        'EdDSA JWK',
        {
          kid: 'e1',
          privateKey: await exportJWK(ed.privateKey),
          publicKey: await exportJWK(ed.publicKey),
        },
      ],
      [
        'ES256 JWK',
        {
          kid: 'e1',
          privateKey: await exportJWK(es.privateKey),
          publicKey: await exportJWK(es.publicKey),
        },
      ],
      ['EdDSA KeyObject', { kid: 'e1', alg: 'EdDSA', ...edNode }],
      ['ES256 KeyObject', { kid: 'e1', alg: 'ES256', ...esNode }],
    ]
    for (const [name, config] of configs) {
      const instance = tokens([config])
      const { token } = await instance.issue({ subject: 'user-42', state: 'hash-1' })
      const header = JSON.parse(new TextDecoder().decode(base64url.decode(token.split('.')[0]!)))
      expect(header, name).toEqual({
        alg: name.startsWith('EdDSA') ? 'EdDSA' : 'ES256',
        typ: TOKEN_TYPE,
        kid: 'e1',
      })
      await expect(instance.verify(token, { state: 'hash-1' }), name).resolves.toMatchObject({
        keyId: 'e1',
      })
      expect(await codeOf(instance.verify(token, { state: 'hash-2' })), name).toBe('stale')
    }
  })

  it('verifies with a public-only older key after rotation', async () => {
    const old = tokens([{ kid: 'e-old', ...ed }])
    const { token } = await old.issue({ subject: 'user-42', state: 'hash-1' })
    const rotated = tokens([
      { kid: 'e-new', ...es },
      { kid: 'e-old', publicKey: ed.publicKey },
    ])
    await expect(rotated.verify(token, { state: 'hash-1' })).resolves.toMatchObject({
      keyId: 'e-old',
    })
    const fresh = await rotated.issue({ subject: 'user-42', state: 'hash-1' })
    expect(
      fresh.token.startsWith(
        base64url.encode(JSON.stringify({ alg: 'ES256', typ: TOKEN_TYPE, kid: 'e-new' })),
      ),
    ).toBe(true)
  })

  it('rotates from an HS256 secret to an EdDSA pair', async () => {
    const before = tokens([{ kid: 'k1', secret: SECRET }])
    const { token } = await before.issue({ subject: 'user-42', state: 'hash-1' })
    const after = tokens([
      { kid: 'e1', ...ed },
      { kid: 'k1', secret: SECRET },
    ])
    await expect(after.verify(token, { state: 'hash-1' })).resolves.toMatchObject({ keyId: 'k1' })
  })

  it('refuses bad asymmetric configurations at creation', async () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 })
    const p384 = generateKeyPairSync('ec', { namedCurve: 'P-384' })
    configError(() => tokens([{ kid: 'e1', ...ed }], null))
    configError(() => tokens([{ kid: 'e1', publicKey: ed.publicKey }]))
    configError(() => tokens([{ kid: 'e1', privateKey: ed.privateKey, publicKey: ed.privateKey }]))
    configError(() => tokens([{ kid: 'e1', privateKey: ed.publicKey, publicKey: ed.publicKey }]))
    configError(() => tokens([{ kid: 'e1', privateKey: ed.privateKey, publicKey: es.publicKey }]))
    configError(() => tokens([{ kid: 'e1', alg: 'ES256', ...ed }]))
    configError(() => tokens([{ kid: 'e1', alg: 'RS256' as never, ...ed }]))
    configError(() => tokens([{ kid: 'e1', ...rsa }]))
    configError(() => tokens([{ kid: 'e1', ...p384 }]))
    configError(() =>
      tokens([{ kid: 'e1', privateKey: 'pem' as never, publicKey: 'pem' as never }]),
    )
    configError(() =>
      tokens([
        { kid: 'e1', privateKey: ed.privateKey, publicKey: { kty: 'RSA', n: 'x', e: 'AQAB' } },
      ]),
    )
    const privateJwk = await exportJWK(ed.privateKey)
    configError(() => tokens([{ kid: 'e1', privateKey: privateJwk, publicKey: privateJwk }]))
    const verifyOnly = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, [
      'sign',
      'verify',
    ])) as CryptoKeyPair
    const noVerify = await crypto.subtle.importKey(
      'jwk',
      await exportJWK(verifyOnly.publicKey),
      { name: 'Ed25519' },
      true,
      [],
    )
    expect(
      configError(() =>
        tokens([{ kid: 'e1', privateKey: verifyOnly.privateKey, publicKey: noVerify }]),
      ),
    ).toBeInstanceOf(ConfigError)
  })
})

describe('JWK details', () => {
  it('ignores use, key_ops, alg and kid fields of a JWK', async () => {
    const extra = { use: 'sig', key_ops: ['sign', 'verify'], alg: 'EdDSA', kid: 'elsewhere' }
    const instance = tokens([
      {
        kid: 'e1',
        privateKey: { ...(await exportJWK(ed.privateKey)), ...extra },
        publicKey: { ...(await exportJWK(ed.publicKey)), ...extra },
      },
    ])
    const { token } = await instance.issue({ subject: 'user-42', state: 'hash-1' })
    await expect(instance.verify(token, { state: 'hash-1' })).resolves.toBeDefined()
  })

  it('reports a JWK that Web Crypto refuses as a ConfigError on first use', async () => {
    const jwk = await exportJWK(ed.publicKey)
    const broken = tokens([
      { kid: 'e1', privateKey: { ...jwk, d: 'AAAA' }, publicKey: { ...jwk, x: 'AAAA' } },
    ])
    await expect(broken.issue({ subject: 'user-42', state: 'hash-1' })).rejects.toBeInstanceOf(
      ConfigError,
    )
    const token = await sign(payloadFor(), ed.privateKey, {
      alg: 'EdDSA',
      typ: TOKEN_TYPE,
      kid: 'e1',
    })
    await expect(broken.verify(token, { state: 'hash-1' })).rejects.toBeInstanceOf(ConfigError)
  })
})

describe('algorithm confusion', () => {
  it('refuses an HS256 token presented to an EdDSA kid, whatever the HMAC key', async () => {
    const instance = tokens([{ kid: 'e1', ...ed }])
    const jwk = await exportJWK(ed.publicKey)
    const raw = new Uint8Array(await crypto.subtle.exportKey('raw', ed.publicKey))
    const candidates = [
      raw,
      new TextEncoder().encode(JSON.stringify(jwk)),
      new TextEncoder().encode(jwk.x!),
      new TextEncoder().encode(STATE_KEY),
    ]
    for (const secret of candidates) {
      const padded =
        secret.length >= 32 ? secret : new Uint8Array([...secret, ...new Uint8Array(32)])
      const token = await sign(payloadFor(), await hmacKey(padded), {
        alg: 'HS256',
        typ: TOKEN_TYPE,
        kid: 'e1',
      })
      expect(await codeOf(instance.verify(token, { state: 'hash-1' }))).toBe('invalid')
    }
  })

  it('refuses an EdDSA token presented to an HS256 kid', async () => {
    const instance = tokens([{ kid: 'k1', secret: SECRET }], null)
    const token = await sign(payloadFor(), ed.privateKey, {
      alg: 'EdDSA',
      typ: TOKEN_TYPE,
      kid: 'k1',
    })
    expect(await codeOf(instance.verify(token, { state: 'hash-1' }))).toBe('invalid')
  })

  it('refuses an ES256 token presented to an EdDSA kid', async () => {
    const instance = tokens([
      { kid: 'e1', ...ed },
      { kid: 'e2', publicKey: es.publicKey },
    ])
    const token = await sign(payloadFor(), es.privateKey, {
      alg: 'ES256',
      typ: TOKEN_TYPE,
      kid: 'e1',
    })
    expect(await codeOf(instance.verify(token, { state: 'hash-1' }))).toBe('invalid')
    const labelled = await sign(payloadFor(), es.privateKey, {
      alg: 'ES256',
      typ: TOKEN_TYPE,
      kid: 'e2',
    })
    expect(await codeOf(instance.verify(labelled, { state: 'hash-1' }))).toBe('stale')
  })

  it('keeps NOW in the helpers consistent', () => {
    expect(new Date(NOW).toISOString()).toBe('2026-11-27T11:00:00.000Z')
  })
})
