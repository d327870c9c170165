import { base64url } from 'jose'
import { describe, expect, it } from 'vitest'
import {
  ConfigError,
  createResetTokens,
  InputError,
  isSesameError,
  peekResetToken,
  ResetTokenError,
  type ResetTokenErrorCode,
  type ResetTokensOptions,
  TOKEN_TYPE,
} from '../src/tokens'
import { thrown } from './thrown'
import {
  BASE,
  b64json,
  hmacKey,
  NOW,
  OTHER_SECRET,
  payloadFor,
  SECRET,
  sign,
} from './tokens-helpers'

function tokens(overrides: Partial<ResetTokensOptions> = {}) {
  return createResetTokens({ ...BASE, keys: [{ kid: 'k1', secret: SECRET }], ...overrides })
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('resolved')
}

async function expectCode(promise: Promise<unknown>, code: ResetTokenErrorCode) {
  const error = await rejection(promise)
  expect(error).toBeInstanceOf(ResetTokenError)
  expect(isSesameError(error, code)).toBe(true)
  return error as ResetTokenError
}

describe('createResetTokens configuration', () => {
  const bad: [string, Partial<ResetTokensOptions> | Record<string, unknown>][] = [
    ['an empty key list', { keys: [] }],
    ['a missing key list', { keys: undefined }],
    ['a 31-byte secret', { keys: [{ kid: 'k1', secret: 'x'.repeat(31) }] }],
    ['a 31-byte Uint8Array', { keys: [{ kid: 'k1', secret: new Uint8Array(31) }] }],
    ['a non-string secret', { keys: [{ kid: 'k1', secret: 42 }] }],
    [
      'a duplicate kid',
      {
        keys: [
          { kid: 'k1', secret: SECRET },
          { kid: 'k1', secret: OTHER_SECRET },
        ],
      },
    ],
    ['an empty kid', { keys: [{ kid: '', secret: SECRET }] }],
    ['a kid with spaces', { keys: [{ kid: 'k 1', secret: SECRET }] }],
    ['a key that is neither', { keys: [{ kid: 'k1' }] }],
    ['a ttl over 24 h', { ttl: '25h' }],
    ['a ttl of 86401 s', { ttl: 86401 }],
    ['a ttl under a minute', { ttl: '59s' }],
    ['a fractional ttl', { ttl: 90.5 }],
    ['a ttl in fortnights', { ttl: '1 fortnight' }],
    ['a ttl that is not a duration', { ttl: 'soon' }],
    ['an empty issuer', { issuer: '' }],
    ['a non-string audience', { audience: 42 }],
    ['an audience with a newline', { audience: 'a\nb' }],
    ['an oversize issuer', { issuer: 'x'.repeat(257) }],
    ['an empty purpose', { purpose: '' }],
    ['a purpose with spaces', { purpose: 'reset password' }],
    ['a negative clock tolerance', { clockTolerance: -1 }],
    ['a clock tolerance of an hour', { clockTolerance: 3600 }],
    ['a short state key', { stateKey: 'short' }],
    ['a short encryption secret', { encryption: { secret: 'short' } }],
  ]
  for (const [name, overrides] of bad) {
    it(`refuses ${name} at creation`, () => {
      const error = thrown(() => tokens(overrides as Partial<ResetTokensOptions>))
      expect(error).toBeInstanceOf(ConfigError)
      expect(isSesameError(error, 'invalid_config')).toBe(true)
    })
  }

  it('refuses a missing options object', () => {
    expect(thrown(() => createResetTokens(undefined as never))).toBeInstanceOf(ConfigError)
  })

  it('reads ttl strings and seconds', () => {
    expect(tokens({ ttl: '30m' }).ttl).toBe(1800)
    expect(tokens({ ttl: '2 hours' }).ttl).toBe(7200)
    expect(tokens({ ttl: '90s' }).ttl).toBe(90)
    expect(tokens({ ttl: '1d' }).ttl).toBe(86400)
    expect(tokens({ ttl: 600 }).ttl).toBe(600)
    expect(tokens({ ttl: '1m' }).ttl).toBe(60)
  })

  it('lets invitations live up to 7 days, and no other purpose past 24 hours', () => {
    expect(tokens({ purpose: 'invite', ttl: '7d' }).ttl).toBe(7 * 86400)
    expect(thrown(() => tokens({ purpose: 'invite', ttl: 7 * 86400 + 1 }))).toBeInstanceOf(
      ConfigError,
    )
    expect(thrown(() => tokens({ purpose: 'invite', ttl: '8d' }))).toBeInstanceOf(ConfigError)
    for (const purpose of ['reset', 'update', 'activate'])
      expect(thrown(() => tokens({ purpose, ttl: '2d' }))).toBeInstanceOf(ConfigError)
  })

  it('verifies a 7-day invitation, which a reset verifier with the same key refuses as another purpose', async () => {
    const invite = tokens({ purpose: 'invite', ttl: '7d' })
    const { token } = await invite.issue({ subject: 'u1', state: 'v1' })
    const claims = await invite.verify(token, { state: 'v1' })
    expect(claims.expiresAt.getTime() - claims.issuedAt.getTime()).toBe(7 * 86400_000)
    const reset = await tokens()
      .verify(token, { state: 'v1' })
      .then(
        () => null,
        (error: { code?: string }) => error.code,
      )
    expect(reset).toBe('wrong_purpose')
  })

  it('exposes its purpose, default "reset"', () => {
    expect(tokens().purpose).toBe('reset')
    expect(tokens({ purpose: 'account-update' }).purpose).toBe('account-update')
  })

  it('does not read a Uint8Array secret again after creation', async () => {
    const secret = new TextEncoder().encode(SECRET)
    const instance = tokens({ keys: [{ kid: 'k1', secret }] })
    secret.fill(0)
    const { token } = await instance.issue({ subject: 'user-42', state: 'hash-1' })
    await expect(tokens().verify(token, { state: 'hash-1' })).resolves.toMatchObject({
      subject: 'user-42',
    })
  })
})

describe('issue', () => {
  it('mints a signed JWT with the pinned header and every claim', async () => {
    const { token, jti, expiresAt } = await tokens().issue({
      subject: 'user-42',
      state: 'hash-1',
      locale: 'fr',
    })
    const [header, payload, signature] = token.split('.')
    expect(JSON.parse(new TextDecoder().decode(base64url.decode(header as string)))).toEqual({
      alg: 'HS256',
      typ: TOKEN_TYPE,
      kid: 'k1',
    })
    const claims = JSON.parse(new TextDecoder().decode(base64url.decode(payload as string)))
    const iat = Math.floor(NOW / 1000)
    expect(claims).toEqual({
      iss: BASE.issuer,
      aud: BASE.audience,
      sub: 'user-42',
      jti,
      iat,
      exp: iat + 1800,
      pur: 'reset',
      sdg: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      loc: 'fr',
    })
    expect(token).not.toContain(base64url.encode('hash-1'))
    expect(JSON.stringify(claims)).not.toContain('hash-1')
    expect(signature).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(expiresAt).toEqual(new Date((iat + 1800) * 1000))
    expect(base64url.decode(jti)).toHaveLength(16)
  })

  it('never repeats a jti or a state digest', async () => {
    const instance = tokens()
    const issued = await Promise.all(
      Array.from({ length: 50 }, () => instance.issue({ subject: 'user-42', state: 'hash-1' })),
    )
    expect(new Set(issued.map((entry) => entry.jti)).size).toBe(50)
    const digests = issued.map((entry) => peekPayload(entry.token).sdg)
    expect(new Set(digests).size).toBe(50)
  })

  it('takes ids with an @ but no dotted domain as subjects, and refuses addresses', async () => {
    const instance = tokens()
    for (const subject of ['k1-12@ex', 'team@ops', 'a@b.', 'a@.b'])
      await expect(instance.issue({ subject, state: 'x' }), subject).resolves.toBeDefined()
    for (const subject of ['a@b.c', 'root@intranet.local', `${'a'.repeat(250)}@b.cd`])
      expect(await rejection(instance.issue({ subject, state: 'x' })), subject).toBeInstanceOf(
        InputError,
      )
  })

  const badInputs: [string, unknown][] = [
    ['no input', undefined],
    ['an empty subject', { subject: '', state: 'x' }],
    ['an oversize subject', { subject: 'x'.repeat(257), state: 'x' }],
    ['a subject with a control character', { subject: 'user\u000042', state: 'x' }],
    ['an email as subject', { subject: 'cecile.augrou@example.fr', state: 'x' }],
    ['a numeric subject', { subject: 42, state: 'x' }],
    ['a missing state', { subject: 'user-42' }],
    ['a numeric state', { subject: 'user-42', state: 3 }],
    ['a bad locale', { subject: 'user-42', state: 'x', locale: 'français' }],
  ]
  for (const [name, input] of badInputs) {
    it(`refuses ${name} with an InputError`, async () => {
      const error = await rejection(tokens().issue(input as never))
      expect(error).toBeInstanceOf(InputError)
      expect(isSesameError(error, 'invalid_input')).toBe(true)
    })
  }
})

function peekPayload(token: string): Record<string, string> {
  return JSON.parse(new TextDecoder().decode(base64url.decode(token.split('.')[1] as string)))
}

describe('verify', () => {
  it('accepts its own token and returns the claims', async () => {
    const instance = tokens()
    const { token, jti, expiresAt } = await instance.issue({
      subject: 'user-42',
      state: 'hash-1',
      locale: 'fr-CA',
    })
    await expect(instance.verify(token, { state: 'hash-1' })).resolves.toEqual({
      subject: 'user-42',
      jti,
      purpose: 'reset',
      issuedAt: new Date(Math.floor(NOW / 1000) * 1000),
      expiresAt,
      keyId: 'k1',
      locale: 'fr-CA',
    })
  })

  it('accepts a token crafted exactly like its own (the helpers agree with issue)', async () => {
    const token = await sign(payloadFor(), await hmacKey(SECRET))
    await expect(tokens().verify(token, { state: 'hash-1' })).resolves.toMatchObject({
      subject: 'user-42',
    })
  })

  describe('malformed', () => {
    const cases: [string, unknown][] = [
      ['undefined', undefined],
      ['a number', 42],
      ['an object', { token: 'x' }],
      ['an empty string', ''],
      ['a word', 'reset'],
      ['two parts', 'a.b'],
      ['four parts', 'a.b.c.d'],
      ['non-base64url header', '!!!.e30.sig'],
      ['a header that is not JSON', `${base64url.encode('not json')}.e30.sig`],
      ['a header that is a JSON array', `${b64json([1])}.${b64json({})}.sig`],
      ['a payload that is not JSON', `${b64json({ alg: 'HS256' })}.${base64url.encode('{')}.sig`],
      ['an empty payload', `${b64json({ alg: 'HS256' })}..sig`],
      ['a 1 MB string', 'a'.repeat(1024 * 1024)],
    ]
    for (const [name, token] of cases) {
      it(`refuses ${name}`, async () => {
        await expectCode(tokens().verify(token, { state: 'hash-1' }), 'malformed')
      })
    }

    it('refuses a validly signed token longer than 4 KB, accepts one just under', async () => {
      const key = await hmacKey(SECRET)
      const sized = async (padding: number) => sign(payloadFor({ pad: 'x'.repeat(padding) }), key)
      const base = (await sized(0)).length
      const fits = await sized(Math.floor(((4096 - base) * 3) / 4) - 20)
      expect(fits.length).toBeLessThanOrEqual(4096)
      await expect(tokens().verify(fits, { state: 'hash-1' })).resolves.toBeDefined()
      const over = await sized(Math.ceil(((4097 - base) * 3) / 4) + 20)
      expect(over.length).toBeGreaterThan(4096)
      await expectCode(tokens().verify(over, { state: 'hash-1' }), 'malformed')
    })

    it('refuses a truncated token', async () => {
      const { token } = await tokens().issue({ subject: 'user-42', state: 'hash-1' })
      const [header, payload] = token.split('.')
      await expectCode(tokens().verify(`${header}.${payload}`, { state: 'hash-1' }), 'malformed')
      await expectCode(
        tokens().verify(`${header}.${(payload as string).slice(0, 21)}.x`, { state: 'hash-1' }),
        'malformed',
      )
    })

    it('refuses a signature with characters outside base64url', async () => {
      const { token } = await tokens().issue({ subject: 'user-42', state: 'hash-1' })
      await expectCode(tokens().verify(`${token.slice(0, -2)}+/`, { state: 'hash-1' }), 'malformed')
    })

    it('refuses a non-canonical encoding of the same signature bytes', async () => {
      const { token } = await tokens().issue({ subject: 'user-42', state: 'hash-1' })
      const last = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.indexOf(
        token.at(-1) as string,
      )
      // 43 characters carry 258 bits for 256: setting the 2 unused bits keeps the bytes equal.
      const twin = `${token.slice(0, -1)}${'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'[last ^ 1]}`
      expect(twin).not.toBe(token)
      expect(base64url.decode(twin.split('.')[2] as string)).toEqual(
        base64url.decode(token.split('.')[2] as string),
      )
      await expectCode(tokens().verify(twin, { state: 'hash-1' }), 'malformed')
    })
  })

  describe('invalid', () => {
    it('refuses alg "none"', async () => {
      for (const alg of ['none', 'None', 'NONE']) {
        const token = `${b64json({ alg, typ: TOKEN_TYPE, kid: 'k1' })}.${b64json(payloadFor())}.`
        await expectCode(tokens().verify(token, { state: 'hash-1' }), 'invalid')
      }
    })

    it('refuses a tampered payload', async () => {
      const { token } = await tokens().issue({ subject: 'user-42', state: 'hash-1' })
      const [header, , signature] = token.split('.')
      const forged = `${header}.${b64json(payloadFor({ sub: 'admin' }))}.${signature}`
      await expectCode(tokens().verify(forged, { state: 'hash-1' }), 'invalid')
    })

    it('refuses a tampered signature', async () => {
      const { token } = await tokens().issue({ subject: 'user-42', state: 'hash-1' })
      const at = token.length - 10
      const flipped = `${token.slice(0, at)}${token[at] === 'A' ? 'B' : 'A'}${token.slice(at + 1)}`
      await expectCode(tokens().verify(flipped, { state: 'hash-1' }), 'invalid')
    })

    it('refuses a token signed with another secret', async () => {
      const token = await sign(payloadFor(), await hmacKey(OTHER_SECRET))
      await expectCode(tokens().verify(token, { state: 'hash-1' }), 'invalid')
    })

    it('refuses an unknown or missing kid', async () => {
      const key = await hmacKey(SECRET)
      for (const header of [
        { alg: 'HS256', typ: TOKEN_TYPE, kid: 'k9' },
        { alg: 'HS256', typ: TOKEN_TYPE },
        { alg: 'HS256', typ: TOKEN_TYPE, kid: 1 },
      ]) {
        const token = await sign(payloadFor(), key, header)
        await expectCode(tokens().verify(token, { state: 'hash-1' }), 'invalid')
      }
    })

    it('refuses a swapped kid: signed by one key, labelled with another', async () => {
      const instance = tokens({
        keys: [
          { kid: 'k1', secret: SECRET },
          { kid: 'k2', secret: OTHER_SECRET },
        ],
      })
      const token = await sign(
        payloadFor({}, { secret: OTHER_SECRET }),
        await hmacKey(OTHER_SECRET),
        {
          alg: 'HS256',
          typ: TOKEN_TYPE,
          kid: 'k1',
        },
      )
      await expectCode(instance.verify(token, { state: 'hash-1' }), 'invalid')
      const relabelled = await sign(
        payloadFor({}, { secret: OTHER_SECRET }),
        await hmacKey(OTHER_SECRET),
        { alg: 'HS256', typ: TOKEN_TYPE, kid: 'k2' },
      )
      await expect(instance.verify(relabelled, { state: 'hash-1' })).resolves.toMatchObject({
        keyId: 'k2',
      })
    })

    it('refuses a wrong, missing or unpinned typ', async () => {
      const key = await hmacKey(SECRET)
      for (const typ of ['JWT', 'at+jwt', undefined, 'SESAME-RESET+JWT']) {
        const header =
          typ === undefined ? { alg: 'HS256', kid: 'k1' } : { alg: 'HS256', typ, kid: 'k1' }
        const token = await sign(payloadFor(), key, header)
        await expectCode(tokens().verify(token, { state: 'hash-1' }), 'invalid')
      }
    })

    it('refuses extra header parameters (crit, b64, jku)', async () => {
      const key = await hmacKey(SECRET)
      const header = { alg: 'HS256', typ: TOKEN_TYPE, kid: 'k1', jku: 'https://evil.example/jwks' }
      await expectCode(
        tokens().verify(await sign(payloadFor(), key, header), { state: 'hash-1' }),
        'invalid',
      )
    })

    it('refuses another HMAC algorithm on an HS256 key', async () => {
      const token = await sign(payloadFor(), new TextEncoder().encode(SECRET.repeat(2)), {
        alg: 'HS512',
        typ: TOKEN_TYPE,
        kid: 'k1',
      })
      await expectCode(tokens().verify(token, { state: 'hash-1' }), 'invalid')
    })

    const claimCases: [string, Record<string, unknown>][] = [
      ['a wrong issuer', { iss: 'https://evil.example' }],
      ['a wrong audience', { aud: 'login' }],
      ['an audience list', { aud: [BASE.audience] }],
      ['no subject', { sub: undefined }],
      ['no jti', { jti: undefined }],
      ['a short jti', { jti: 'abc' }],
      ['no iat', { iat: undefined }],
      ['no exp', { exp: undefined }],
      ['a string exp', { exp: '9999999999' }],
      ['exp before iat', { exp: Math.floor(NOW / 1000) - 1 }],
      ['a lifetime over 24 h', { exp: Math.floor(NOW / 1000) + 86401 }],
      ['no purpose', { pur: undefined }],
      ['no state digest', { sdg: undefined }],
      ['a numeric locale', { loc: 1 }],
      ['an iat 31 s in the future (tolerance 30 s)', { iat: Math.floor(NOW / 1000) + 31 }],
    ]
    for (const [name, overrides] of claimCases) {
      it(`refuses ${name}`, async () => {
        const token = await sign(payloadFor(overrides), await hmacKey(SECRET))
        await expectCode(tokens().verify(token, { state: 'hash-1' }), 'invalid')
      })
    }

    it('accepts an iat within the tolerance', async () => {
      const token = await sign(
        payloadFor({ iat: Math.floor(NOW / 1000) + 30 }),
        await hmacKey(SECRET),
      )
      await expect(tokens().verify(token, { state: 'hash-1' })).resolves.toBeDefined()
      await expectCode(tokens({ clockTolerance: 0 }).verify(token, { state: 'hash-1' }), 'invalid')
    })

    it('refuses when the state function finds no account', async () => {
      const { token } = await tokens().issue({ subject: 'user-42', state: 'hash-1' })
      await expectCode(tokens().verify(token, { state: () => null }), 'invalid')
      await expectCode(tokens().verify(token, { state: async () => undefined }), 'invalid')
    })

    it('refuses a JWE when encryption is not configured', async () => {
      const encrypted = tokens({ encryption: { secret: OTHER_SECRET } })
      const { token } = await encrypted.issue({ subject: 'user-42', state: 'hash-1' })
      await expectCode(tokens().verify(token, { state: 'hash-1' }), 'invalid')
    })

    it('wraps the underlying jose error as the cause', async () => {
      const token = await sign(payloadFor(), await hmacKey(OTHER_SECRET))
      const error = await expectCode(tokens().verify(token, { state: 'hash-1' }), 'invalid')
      expect(error.cause).toBeInstanceOf(Error)
      expect(error.message).not.toContain(token)
    })
  })

  describe('expired', () => {
    it('refuses a token past exp + tolerance, accepts it within', async () => {
      let now = NOW
      const instance = tokens({ now: () => now })
      const { token } = await instance.issue({ subject: 'user-42', state: 'hash-1' })
      now = NOW + 1800 * 1000 + 29 * 1000
      await expect(instance.verify(token, { state: 'hash-1' })).resolves.toBeDefined()
      now = NOW + 1800 * 1000 + 30 * 1000
      await expectCode(instance.verify(token, { state: 'hash-1' }), 'expired')
    })

    it('checks expiry before the state, and never calls the state function', async () => {
      let called = false
      const now = Math.floor(NOW / 1000)
      const token = await sign(
        payloadFor({ iat: now - 1860, exp: now - 60 }),
        await hmacKey(SECRET),
      )
      await expectCode(
        tokens().verify(token, {
          state: () => {
            called = true
            return 'other'
          },
        }),
        'expired',
      )
      expect(called).toBe(false)
    })
  })

  describe('stale', () => {
    it('refuses a token once the credential state changed', async () => {
      const instance = tokens()
      const { token } = await instance.issue({ subject: 'user-42', state: 'hash-1' })
      await expectCode(instance.verify(token, { state: 'hash-2' }), 'stale')
      await expectCode(instance.verify(token, { state: 'hash-1 ' }), 'stale')
      await expectCode(instance.verify(token, { state: '' }), 'stale')
      await expectCode(instance.verify(token, { state: async () => 'hash-2' }), 'stale')
    })

    it('calls the state function with the subject, after the other checks', async () => {
      const instance = tokens()
      const { token } = await instance.issue({ subject: 'user-42', state: 'hash-1' })
      const seen: string[] = []
      await instance.verify(token, {
        state: async (subject) => {
          seen.push(subject)
          return 'hash-1'
        },
      })
      expect(seen).toEqual(['user-42'])
    })

    it('lets an error of the state function through unchanged', async () => {
      const { token } = await tokens().issue({ subject: 'user-42', state: 'hash-1' })
      const failure = new Error('database down')
      await expect(
        tokens().verify(token, {
          state: () => {
            throw failure
          },
        }),
      ).rejects.toBe(failure)
    })

    it('refuses a non-string state as a programming error', async () => {
      const { token } = await tokens().issue({ subject: 'user-42', state: 'hash-1' })
      await expect(tokens().verify(token, { state: () => 7 as never })).rejects.toBeInstanceOf(
        InputError,
      )
      await expect(tokens().verify(token, undefined as never)).rejects.toBeInstanceOf(InputError)
    })
  })

  describe('wrong_purpose', () => {
    it('refuses a token minted by an instance with the same keys but another purpose', async () => {
      const update = tokens({ purpose: 'account-update' })
      const { token } = await update.issue({ subject: 'user-42', state: 'hash-1' })
      await expectCode(tokens().verify(token, { state: 'hash-1' }), 'wrong_purpose')
      await expect(update.verify(token, { state: 'hash-1' })).resolves.toMatchObject({
        purpose: 'account-update',
      })
    })
  })
})

describe('rotation', () => {
  it('verifies tokens of the old key after rotation and signs with the new one', async () => {
    const before = tokens({ keys: [{ kid: '2026-10', secret: SECRET }] })
    const old = await before.issue({ subject: 'user-42', state: 'hash-1' })
    const after = tokens({
      keys: [
        { kid: '2026-11', secret: OTHER_SECRET },
        { kid: '2026-10', secret: SECRET },
      ],
    })
    await expect(after.verify(old.token, { state: 'hash-1' })).resolves.toMatchObject({
      keyId: '2026-10',
    })
    await expectCode(after.verify(old.token, { state: 'hash-2' }), 'stale')
    const fresh = await after.issue({ subject: 'user-42', state: 'hash-1' })
    expect(peekResetToken(fresh.token)?.keyId).toBe('2026-11')
    await expect(after.verify(fresh.token, { state: 'hash-1' })).resolves.toMatchObject({
      keyId: '2026-11',
    })
    // Once the old key is dropped, its tokens are refused.
    await expectCode(before.verify(fresh.token, { state: 'hash-1' }), 'invalid')
    const dropped = tokens({ keys: [{ kid: '2026-11', secret: OTHER_SECRET }] })
    await expectCode(dropped.verify(old.token, { state: 'hash-1' }), 'invalid')
  })

  it('uses a shared stateKey for every key when one is given', async () => {
    const withStateKey = tokens({ stateKey: 'a-state-key-of-at-least-thirty-two-bytes' })
    const { token } = await withStateKey.issue({ subject: 'user-42', state: 'hash-1' })
    await expect(withStateKey.verify(token, { state: 'hash-1' })).resolves.toBeDefined()
    await expectCode(tokens().verify(token, { state: 'hash-1' }), 'stale')
  })
})

describe('peek', () => {
  it('reads the claims without a key, untrusted', async () => {
    const { token, jti, expiresAt } = await tokens().issue({
      subject: 'user-42',
      state: 'hash-1',
      locale: 'fr',
    })
    const expected = {
      subject: 'user-42',
      jti,
      purpose: 'reset',
      issuedAt: new Date(Math.floor(NOW / 1000) * 1000),
      expiresAt,
      keyId: 'k1',
      locale: 'fr',
    }
    expect(peekResetToken(token)).toEqual(expected)
    expect(tokens().peek(token)).toEqual(expected)
    const forged = await sign(payloadFor(), await hmacKey(OTHER_SECRET))
    expect(peekResetToken(forged)).toMatchObject({ subject: 'user-42' })
  })

  it('returns null for garbage, foreign JWTs and encrypted tokens, and never throws', async () => {
    const key = await hmacKey(SECRET)
    const foreign = await sign(payloadFor(), key, { alg: 'HS256', typ: 'JWT', kid: 'k1' })
    const incomplete = await sign(payloadFor({ sdg: undefined }), key)
    const encrypted = tokens({ encryption: { secret: OTHER_SECRET } })
    const { token } = await encrypted.issue({ subject: 'user-42', state: 'hash-1' })
    for (const value of [undefined, null, 42, {}, '', 'a.b.c', foreign, incomplete, token]) {
      expect(peekResetToken(value)).toBeNull()
    }
    expect(encrypted.peek(token)).toBeNull()
    expect(peekResetToken('a'.repeat(1024 * 1024))).toBeNull()
  })
})

describe('order of the refusals', () => {
  it('names the wrong purpose of a token that has also expired', async () => {
    const now = Math.floor(NOW / 1000)
    const token = await sign(
      payloadFor({ pur: 'account-update', iat: now - 1860, exp: now - 60 }),
      await hmacKey(SECRET),
    )
    await expectCode(tokens().verify(token, { state: 'hash-1' }), 'wrong_purpose')
  })

  it('calls a token with a wrong issuer invalid, whatever its purpose', async () => {
    const token = await sign(
      payloadFor({ iss: 'https://evil.example', pur: 'account-update' }),
      await hmacKey(SECRET),
    )
    await expectCode(tokens().verify(token, { state: 'hash-1' }), 'invalid')
  })

  it('refuses a token not valid before a time in the future', async () => {
    const token = await sign(
      payloadFor({ nbf: Math.floor(NOW / 1000) + 600 }),
      await hmacKey(SECRET),
    )
    await expectCode(tokens().verify(token, { state: 'hash-1' }), 'invalid')
  })
})
