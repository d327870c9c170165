// Adversarial suite (issue 10): every route's body and headers fuzzed over real HTTP (one reused
// server, keep-alive client). No input may produce a 5xx, a stack trace or an error that is not an
// application/problem+json document with a stable code. Runs: FUZZ_RUNS, else 10,000 in CI and
// 1,000 locally. Shared by the bindings: each test file passes its own server.
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Reply, Served } from './http'

const RUNS = Number(process.env.FUZZ_RUNS ?? (process.env.CI === 'true' ? 10_000 : 1_000))

/** A served binding with one known account, whose valid tokens the fuzzer mixes in. */
export interface FuzzTarget {
  readonly served: Served
  readonly events: readonly { name: string; payload: unknown }[]
  issueToken(): Promise<string>
  close(): Promise<void>
}

const printable = (maxLength: number) =>
  fc.string({
    unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
    maxLength,
  })
const contentType = fc.oneof(
  { weight: 6, arbitrary: fc.constant('application/json') },
  fc.constantFrom(
    'application/json; charset=utf-8',
    'application/json; charset="UTF-8"',
    'application/json; charset=latin1',
    'APPLICATION/JSON',
    'application/problem+json',
    'application/vnd.api+json',
    'application/json-patch+json; boundary=x',
    'text/plain',
    'text/json',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=xyz',
    '',
  ),
  fc.constant(undefined),
  printable(60),
)
const validPassword = fc.constantFrom('Nouveau-mot2passe!', 'Zz12!!abcd', 'Éléphant-42€x')
const fieldValue = fc.oneof(
  printable(40),
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.jsonValue({ maxDepth: 3 }),
  fc.integer({ min: 100, max: 20_000 }).map((n) => 'x'.repeat(n)),
  fc.constantFrom(null, true, 0, -1, [], {}, ['known@example.fr'], { $ne: null }, '__proto__'),
)
type TokenKind = 'valid' | 'mutated' | 'other'
const tokenKind = fc.constantFrom<TokenKind>('valid', 'mutated', 'other')

interface Case {
  route: 'forgot' | 'verify' | 'reset' | 'policy'
  fields: Record<string, unknown>
  tokenKind: TokenKind
  confirm: boolean
  mutation: { at: number; char: string }
  raw: {
    kind: 'json' | 'bytes' | 'text' | 'truncated' | 'oversize' | 'none'
    bytes: Uint8Array
    text: string
    size: number
  }
  contentType: string | undefined
  headers: Record<string, string>
  chunked: boolean
}

const caseArbitrary: fc.Arbitrary<Case> = fc.record({
  route: fc.constantFrom('forgot', 'verify', 'reset', 'policy'),
  fields: fc.record(
    {
      email: fc.oneof(
        fc.constantFrom('known@example.fr', ' KNOWN@example.FR ', 'ghost@example.fr'),
        fc.emailAddress(),
        fieldValue,
      ),
      locale: fc.oneof(fc.constantFrom('fr', 'en', 'fr-CA', 'xx'), fieldValue),
      token: fieldValue,
      password: fc.oneof({ weight: 3, arbitrary: validPassword }, fieldValue),
      confirmation: fc.oneof(validPassword, fieldValue),
      proto: fc.jsonValue({ maxDepth: 2 }),
      extra: fc.jsonValue({ maxDepth: 2 }),
    },
    { requiredKeys: [] },
  ),
  tokenKind,
  confirm: fc.boolean(),
  mutation: fc.record({ at: fc.nat(), char: fc.constantFrom('A', '_', '.', '-', '=', '%', ' ') }),
  raw: fc.record({
    kind: fc.constantFrom(
      'json',
      'json',
      'json',
      'json',
      'bytes',
      'text',
      'truncated',
      'oversize',
      'none',
    ),
    bytes: fc.uint8Array({ maxLength: 512 }),
    text: fc.oneof(fc.json({ maxDepth: 3 }), fc.string({ maxLength: 200 })),
    size: fc.integer({ min: 16 * 1024 - 64, max: 40 * 1024 }),
  }),
  contentType,
  headers: fc.record(
    {
      'accept-language': fc.oneof(
        fc.constantFrom('fr-FR,fr;q=0.9', 'en;q=0', 'fr;q=abc, en;q=0.5'),
        printable(80),
      ),
      'x-forwarded-for': printable(60),
      authorization: fc.oneof(
        printable(60),
        printable(40).map((t) => `Bearer ${t}`),
      ),
      'if-none-match': fc.oneof(printable(40), fc.constant('*')),
      origin: printable(40),
      cookie: printable(60),
    },
    { requiredKeys: [] },
  ),
  chunked: fc.boolean(),
})

async function tokenFor(
  target: FuzzTarget,
  kind: TokenKind,
  mutation: Case['mutation'],
  fallback: unknown,
): Promise<unknown> {
  if (kind === 'other') return fallback
  const token = await target.issueToken()
  if (kind === 'valid') return token
  const at = mutation.at % token.length
  return token.slice(0, at) + mutation.char + token.slice(at + 1)
}

async function send(target: FuzzTarget, c: Case): Promise<Reply> {
  const served = target.served
  if (c.route === 'policy') return served.request('GET', '/auth/policy', { headers: c.headers })
  const fields = { ...c.fields }
  if (c.confirm) fields.confirmation = fields.password
  if (c.route !== 'forgot')
    fields.token = await tokenFor(target, c.tokenKind, c.mutation, fields.token)
  let body: Buffer
  switch (c.raw.kind) {
    case 'json':
      // A "__proto__" member, as JSON.parse creates it (an own property, a pollution attempt).
      body = Buffer.from(JSON.stringify(fields).replace('"proto":', '"__proto__":'))
      break
    case 'bytes':
      body = Buffer.from(c.raw.bytes)
      break
    case 'text':
      body = Buffer.from(c.raw.text)
      break
    case 'truncated': {
      const json = JSON.stringify(fields)
      body = Buffer.from(json.slice(0, Math.max(0, json.length - 1 - (c.raw.size % json.length))))
      break
    }
    case 'oversize':
      body = Buffer.from(JSON.stringify({ ...fields, pad: 'x'.repeat(c.raw.size) }))
      break
    case 'none':
      body = Buffer.alloc(0)
  }
  const headers: Record<string, string> = { ...c.headers }
  if (c.contentType !== undefined) headers['content-type'] = c.contentType
  const path = {
    forgot: '/auth/forgot-password',
    verify: '/auth/reset-password/verify',
    reset: '/auth/reset-password',
  }[c.route]
  if (!c.chunked) return served.request('POST', path, { headers, body })
  headers['transfer-encoding'] = 'chunked'
  return served.request('POST', path, { headers, body })
}

function expectWellFormed(c: Case, reply: Reply): void {
  const type = String(reply.headers['content-type'] ?? '')
  const text = reply.body.toString('utf8')
  expect(reply.status, text).toBeLessThan(500)
  expect(text).not.toMatch(/\n\s+at |node_modules|Error:/)
  if (reply.status >= 400) {
    expect(type).toMatch(/^application\/problem\+json/)
    const problem = JSON.parse(text) as { code?: unknown; status?: unknown; title?: unknown }
    expect(problem.code).toMatch(/^[a-z_]+$/)
    expect(problem.status).toBe(reply.status)
    expect(typeof problem.title).toBe('string')
  } else if (reply.status === 304) {
    expect(c.route).toBe('policy')
    expect(reply.body.length).toBe(0)
  } else {
    expect(type).toMatch(/^application\/json/)
    JSON.parse(text)
  }
  if (c.route !== 'policy') {
    expect(reply.headers['cache-control']).toBe('no-store')
    expect(reply.headers['referrer-policy']).toBe('no-referrer')
  }
  if (c.route === 'forgot' && reply.status < 300) {
    expect(reply.status).toBe(202)
    expect(text).toBe('{"status":"accepted"}')
  }
}

/** Fuzzes every route of `target` (mounted at /auth) and checks that each answer is well formed. */
export function fuzzRoutes(name: string, start: () => Promise<FuzzTarget>): void {
  describe(`routes under fuzzed bodies and headers (${name})`, () => {
    let target: FuzzTarget
    beforeAll(async () => {
      target = await start()
    })
    afterAll(() => target.close())
    it(`never answer 5xx nor anything but problem+json errors (${RUNS} requests)`, async () => {
      const statuses = new Map<string, number>()
      const started = performance.now()
      await fc.assert(
        fc.asyncProperty(caseArbitrary, async (c) => {
          const reply = await send(target, c)
          const code = reply.status >= 400 ? `:${JSON.parse(reply.body.toString()).code}` : ''
          const key = `${c.route} ${reply.status}${code}`
          statuses.set(key, (statuses.get(key) ?? 0) + 1)
          expectWellFormed(c, reply)
        }),
        { numRuns: RUNS },
      )
      const seconds = (performance.now() - started) / 1000
      console.info(
        `[adversarial] ${RUNS} fuzzed requests in ${seconds.toFixed(1)} s; statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
      )
      // The fuzzer must reach the deep paths too, not only the body parser's refusals.
      const reached = [
        'forgot 202',
        'verify 200',
        'reset 200',
        'reset 422:password_policy',
        'reset 400:token_malformed',
        'verify 413:payload_too_large',
        'forgot 415:unsupported_media_type',
        'forgot 400:malformed_json',
        'forgot 400:invalid_field',
      ]
      for (const key of reached) expect(statuses.get(key) ?? 0, key).toBeGreaterThan(0)
      const failures = target.events.filter((e) => e.name === 'failed')
      expect(
        failures.filter((e) => (e.payload as { code: string }).code === 'internal_error'),
      ).toEqual([])
    }, 300_000)
  })
}
