// Adversarial suite: reset tokens under hostile input. `verify` may only ever reject
// with ResetTokenError, `peek` never throws. Runs per property: FUZZ_RUNS, else 10,000 in CI and
// 1,000 locally.
import fc from 'fast-check'
import { base64url, type CryptoKey, generateKeyPair } from 'jose'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  createResetTokens,
  isSesameError,
  peekResetToken,
  ResetTokenError,
  type ResetTokens,
} from '../src/tokens'
import { TOKEN_TYPE } from '../src/tokens/lib/constants'
import { BASE, b64json, hmacKey, NOW, payloadFor, SECRET, sign } from './tokens-helpers'

const RUNS = Number(process.env.FUZZ_RUNS ?? (process.env.CI === 'true' ? 10_000 : 1_000))

const plain = createResetTokens({ ...BASE, keys: [{ kid: 'k1', secret: SECRET }] })
const sealed = createResetTokens({
  ...BASE,
  keys: [{ kid: 'k1', secret: SECRET }],
  encryption: { secret: SECRET },
})
let signed: ResetTokens
let hmac: CryptoKey
let real: string[] = []

beforeAll(async () => {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA')
  signed = createResetTokens({
    ...BASE,
    keys: [{ kid: 'ed1', privateKey, publicKey }],
    stateKey: SECRET,
  })
  hmac = await hmacKey(SECRET)
  real = await Promise.all(
    [plain, sealed, signed].map(
      async (t) => (await t.issue({ subject: 'user-42', state: 'hash-1' })).token,
    ),
  )
})

// Resolves when `verify` accepted the token, with its claims; rejects the test on any error other
// than a ResetTokenError.
async function verifyOrRefuse(instance: ResetTokens, token: unknown): Promise<unknown> {
  try {
    return await instance.verify(token, { state: 'hash-1' })
  } catch (error) {
    if (!(error instanceof ResetTokenError) || !isSesameError(error))
      throw new Error(`verify threw a non-ResetTokenError: ${String(error)}`, { cause: error })
    expect(['malformed', 'invalid', 'expired', 'stale', 'wrong_purpose']).toContain(error.code)
    return null
  }
}

function expectPeekSafe(token: unknown): void {
  const peeked = peekResetToken(token)
  if (peeked !== null) {
    expect(typeof peeked.subject).toBe('string')
    expect(peeked.expiresAt).toBeInstanceOf(Date)
  }
}

const instances = () => fc.constantFrom(plain, sealed, signed)
const segment = fc.stringMatching(/^[A-Za-z0-9_-]{0,80}$/)
const json = fc.oneof(fc.jsonValue(), fc.dictionary(fc.string(), fc.jsonValue()))
const tokenLike = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(segment, { minLength: 1, maxLength: 6 }).map((parts) => parts.join('.')),
  // Unsigned JWS and JWE shapes with arbitrary JSON headers and payloads.
  fc
    .tuple(json, json, segment, fc.boolean())
    .map(([header, payload, tail, jwe]) =>
      jwe
        ? [b64json(header), tail, tail, b64json(payload), tail].join('.')
        : [b64json(header), b64json(payload), tail].join('.'),
    ),
  fc.integer({ min: 4000, max: 5000 }).map((n) => 'A'.repeat(n)),
)

describe('tokens.verify and peek under arbitrary input', () => {
  it('refuse arbitrary strings with ResetTokenError only; peek never throws', async () => {
    await fc.assert(
      fc.asyncProperty(instances(), tokenLike, async (instance, input) => {
        expect(await verifyOrRefuse(instance, input)).toBeNull()
        expectPeekSafe(input)
        expect(() => instance.peek(input)).not.toThrow()
      }),
      { numRuns: RUNS },
    )
  })

  it('refuse every non-string value as malformed; peek answers null', async () => {
    await fc.assert(
      fc.asyncProperty(
        instances(),
        fc.anything({
          withBigInt: true,
          withMap: true,
          withTypedArray: true,
          withNullPrototype: true,
        }),
        async (instance, value) => {
          fc.pre(typeof value !== 'string')
          await expect(instance.verify(value, { state: 'hash-1' })).rejects.toMatchObject({
            code: 'malformed',
          })
          expect(peekResetToken(value)).toBeNull()
        },
      ),
      { numRuns: RUNS },
    )
  })

  it('refuse real tokens after random edits, splices and segment swaps', async () => {
    const edit = fc.record({
      at: fc.nat(),
      length: fc.integer({ min: 0, max: 8 }),
      insert: fc.string({ maxLength: 8 }),
    })
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: 2 }),
        fc.array(edit, { minLength: 1, maxLength: 4 }),
        fc.nat({ max: 2 }),
        fc.boolean(),
        async (which, edits, donor, swap) => {
          let token = real[which]!
          if (swap) {
            // Graft a segment of another instance's token in place of one of this one's.
            const parts = token.split('.')
            const other = real[donor]!.split('.')
            const i = edits[0]!.at % parts.length
            parts[i] = other[i % other.length]!
            token = parts.join('.')
          }
          for (const { at, length, insert } of edits) {
            const i = at % (token.length + 1)
            token = token.slice(0, i) + insert + token.slice(i + length)
          }
          fc.pre(token !== real[which])
          const instance = [plain, sealed, signed][which]!
          const claims = await verifyOrRefuse(instance, token)
          // An edit that decodes to the same bytes (base64url padding bits) may still verify.
          if (claims !== null) expect(claims).toMatchObject({ subject: 'user-42' })
          expectPeekSafe(token)
        },
      ),
      { numRuns: RUNS },
    )
  })

  it('accept a correctly signed token only when every claim is well formed', async () => {
    const weird = fc.oneof(
      fc.jsonValue(),
      fc.constantFrom(
        -1,
        0,
        1e300,
        Number.MAX_SAFE_INTEGER + 2,
        '',
        'reset',
        'k1',
        'HS256',
        'none',
      ),
    )
    const claim = fc.constantFrom(
      'iss',
      'aud',
      'sub',
      'jti',
      'iat',
      'exp',
      'nbf',
      'pur',
      'sdg',
      'loc',
      'x',
    )
    const headerField = fc.constantFrom('alg', 'typ', 'kid', 'crit', 'b64', 'jku', 'zip')
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(claim, weird, { maxKeys: 3 }),
        fc.dictionary(headerField, weird, { maxKeys: 2 }),
        async (claims, headerOverrides) => {
          const payload = payloadFor(claims)
          const header = { alg: 'HS256', typ: TOKEN_TYPE, kid: 'k1', ...headerOverrides }
          let token: string
          try {
            token = await sign(payload, hmac, header)
          } catch {
            // jose refuses to produce some headers (e.g. alg none, b64 false): nothing to verify.
            return
          }
          const accepted = (await verifyOrRefuse(plain, token)) as { subject: string } | null
          if (accepted !== null) {
            expect(accepted.subject).toBe(payload.sub)
            expect(header.typ).toBe(TOKEN_TYPE)
            expect(payload.exp as number).toBeGreaterThan(Math.floor(NOW / 1000))
          }
          expectPeekSafe(token)
        },
      ),
      { numRuns: RUNS },
    )
  })

  it('refuse tokens whose state resolver says the account is gone, or whose state moved on', async () => {
    await fc.assert(
      fc.asyncProperty(
        instances(),
        fc.option(fc.string(), { nil: undefined }),
        async (instance, state) => {
          const index = [plain, sealed, signed].indexOf(instance)
          const token = real[index]!
          fc.pre(state !== 'hash-1')
          const error = await instance.verify(token, { state: () => state ?? null }).then(
            () => null,
            (e: unknown) => e,
          )
          expect(error).toBeInstanceOf(ResetTokenError)
          expect((error as ResetTokenError).code).toBe(state === undefined ? 'invalid' : 'stale')
        },
      ),
      { numRuns: Math.min(RUNS, 2_000) },
    )
  })

  it('peek never throws on base64url-encoded arbitrary JSON in a well-typed header', () => {
    fc.assert(
      fc.property(json, segment, (payload, tail) => {
        const header = b64json({ alg: 'HS256', typ: TOKEN_TYPE, kid: 'k1' })
        const token = `${header}.${base64url.encode(new TextEncoder().encode(JSON.stringify(payload)))}.${tail}`
        expectPeekSafe(token)
      }),
      { numRuns: RUNS },
    )
  })
})
