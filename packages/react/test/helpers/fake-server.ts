import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto'
import { presets, ResetTokenError } from '@sesame/core'
import { createHandler, type ResetTokens } from '@sesame/server'
import { suiteChallenge, suiteHasher } from '@sesame/server/testing'

export interface Recorded {
  method: string
  url: string
  body: Record<string, unknown>
  headers: Record<string, string>
}

/** The test account's password before any reset (the tests' new passwords differ from it). */
export const ACCOUNT_PASSWORD = 'Ancien-m0t2passe!'

export type Handler = (body: Record<string, unknown>) => Response | Promise<Response>

export const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

export const problem = (status: number, code: string, extra: Record<string, unknown> = {}) =>
  new Response(JSON.stringify({ type: 'about:blank', title: code, status, code, ...extra }), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  })

const SECRET = 'react-tests-secret-of-at-least-32-bytes!!'
const sign = (text: string) => createHmac('sha256', SECRET).update(text).digest('base64url')

/**
 * An HMAC token issuer with the contract of `createResetTokens` (signature, purpose, expiry, state
 * binding): jose refuses jsdom's Uint8Array, and these suites run under jsdom.
 */
function hmacTokens(purpose = 'reset'): ResetTokens {
  return {
    purpose,
    async issue({ subject, state, locale }) {
      const jti = randomUUID()
      const expiresAt = new Date(Date.now() + 30 * 60_000)
      const payload = Buffer.from(
        JSON.stringify({ subject, jti, exp: expiresAt.getTime(), state: sign(state), locale }),
      ).toString('base64url')
      return { token: `${payload}.${sign(payload)}`, jti, expiresAt }
    },
    async verify(token, { state }) {
      const [payload = '', signature = ''] = token.split('.')
      if (!payload || !signature || token.split('.').length !== 2) {
        throw new ResetTokenError('malformed', 'not a token')
      }
      const expected = Buffer.from(sign(payload))
      const given = Buffer.from(signature)
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
        throw new ResetTokenError('invalid', 'bad signature')
      }
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as {
        subject: string
        jti: string
        exp: number
        state: string
      }
      if (claims.exp <= Date.now()) throw new ResetTokenError('expired', 'expired')
      const current = typeof state === 'string' ? state : await state(claims.subject)
      if (current === null) throw new ResetTokenError('invalid', 'no account')
      if (sign(current) !== claims.state) throw new ResetTokenError('stale', 'stale')
      const issuedAt = new Date(claims.exp - 30 * 60_000)
      return {
        subject: claims.subject,
        jti: claims.jti,
        purpose,
        issuedAt,
        expiresAt: new Date(claims.exp),
      }
    },
    peek: () => ({ purpose }),
  }
}

// Tokens the tests write by hand ('abc.def.ghi' in a link): each stands for a real token issued
// for the test account just before the request reaches the handler.
const ALIASES = new Set(['abc.def.ghi', 't', 'tok', 'given'])

/**
 * The real `@sesame/server` handler mounted at /auth, reached through an in-process `fetch`
 * (`handler.fetch(new Request(…))`): the bodies and codes the tests see are the server's own.
 * A test may still override a route to answer what it needs (an outage, a refused link).
 */
export function fakeServer(routes: Partial<Record<string, Handler>> = {}) {
  const calls: Recorded[] = []
  const account = {
    id: 'u1',
    email: 'marie@example.com',
    version: 1,
    password: ACCOUNT_PASSWORD,
    activated: true,
  }
  const accounts = new Map<string, typeof account>([[account.email, account]])
  const tokens = hmacTokens()
  const handler = createHandler({
    policy: presets.classic,
    tokens,
    activationTokens: hmacTokens('activate'),
    inviteTokens: hmacTokens('invite'),
    users: {
      findByEmail: (email) => accounts.get(email) ?? null,
      findById: (id) => [...accounts.values()].find((user) => user.id === id) ?? null,
      credentialState: (user) => `v${user.version}`,
      setPassword: (user, password) => {
        user.version += 1
        user.password = password
      },
      // Sign-in and change-password: the suite's fast hasher stands for argon2id.
      passwordHash: (user) => suiteHasher.hash(user.password),
      currentUser: () => null,
      // Sign-up, activation and invitations: accounts created here live in the test's map.
      create: (input) => {
        const created = { id: `u${accounts.size + 1}`, version: 1, activated: false, ...input }
        accounts.set(created.email, created)
        return created
      },
      activate: (user) => {
        user.activated = true
      },
      isActivated: (user) => user.activated,
      signIn: (_user, { headers }) => headers.append('set-cookie', 'session=1; HttpOnly'),
    },
    sendResetEmail: () => undefined,
    resetUrl: 'https://portal.example/reset-password',
    basePath: '/auth',
    rateLimit: false,
    hasher: suiteHasher,
    challenge: suiteChallenge,
    signInFloorMs: 0,
  })
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input)
    const method = init.method ?? 'GET'
    const body =
      typeof init.body === 'string' ? (JSON.parse(init.body) as Record<string, unknown>) : {}
    calls.push({ method, url, body, headers: { ...(init.headers as Record<string, string>) } })
    init.signal?.throwIfAborted()
    const override = routes[`${method} ${url}`]
    if (override) return override(body)
    let sent = init.body
    if (typeof body.token === 'string' && ALIASES.has(body.token)) {
      const { token } = await tokens.issue({ subject: account.id, state: `v${account.version}` })
      sent = JSON.stringify({ ...body, token })
    }
    const request = new Request(new URL(url, 'http://test'), { ...init, body: sent ?? null })
    return handler.fetch(request, { clientAddress: '127.0.0.1' })
  }
  return { fetch: fetch as typeof globalThis.fetch, calls, handler }
}
