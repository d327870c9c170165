import assert from 'node:assert/strict'
import { en, fr, serverCatalogues } from '../locales/index'
import type { HandlerOptions } from '../options'
import type { Store } from '../stores/types'
import type { ConformanceCheck } from './conformance'
import {
  contextualPolicy,
  SUITE_CHALLENGE_ANSWER,
  SUITE_ORIGIN,
  type SuiteFixture,
  type SuiteFixtureOptions,
  type SuiteUser,
  suiteFixture,
  suiteTokens,
  tokenOf,
} from './lib/fixture'
import { lifecycleChecks } from './lib/lifecycle'
import { type RawReply, rawRequest } from './lib/raw-http'

/** A server a binding started for one check. */
export interface StartedBinding {
  /** Its origin, e.g. `http://127.0.0.1:41234`. */
  readonly url: string
  /** Resolves once the handler's background jobs (emails) are done. */
  drain(): Promise<void>
  /** Stops the server (and closes its connections). */
  close(): Promise<void>
}

/** How the suite asks a binding for a server. */
export interface BindingSetup {
  /** Where to mount the flows, e.g. `'/auth'`. */
  readonly mount: string
  /** Put the app's own JSON body parser before the routes (only for bindings that have one). */
  readonly upstreamJson: boolean
}

/** A binding under test. */
export interface BindingHarness {
  /**
   * Listens on 127.0.0.1, port 0, with the flows of `options` mounted at `setup.mount`; the client
   * address must come from `X-Forwarded-For` (the suite plays a trusted proxy).
   */
  start(options: HandlerOptions<SuiteUser>, setup: BindingSetup): Promise<StartedBinding>
  /** The binding lets an app parse bodies before the routes (Express's `express.json()`). */
  readonly upstreamParser?: boolean
}

const MOUNT = '/auth'
const GOOD = 'Nouveau-m0t2passe!'

/** What one check of the suite works with: its fixture, its server, and request helpers. */
export interface Session {
  readonly fixture: SuiteFixture
  readonly server: StartedBinding
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<RawReply>
  raw(request: Parameters<typeof rawRequest>[1]): Promise<RawReply>
  linkFor(email: string, headers?: Record<string, string>): Promise<string>
}

// Everything an observer sees but the Date header, which only tells the time.
function visible(reply: RawReply) {
  const { date: _date, ...headers } = reply.headers
  return { status: reply.status, text: reply.text, headers }
}

function problem(reply: RawReply): Record<string, unknown> {
  assert.match(reply.headers['content-type'] ?? '', /^application\/problem\+json/, reply.text)
  const body = reply.json as Record<string, unknown>
  assert.equal(body.status, reply.status)
  return body
}

function expectProblem(reply: RawReply, status: number, code: string): Record<string, unknown> {
  assert.equal(reply.status, status, reply.text)
  const body = problem(reply)
  assert.equal(body.code, code, reply.text)
  // No stack trace: no `node_modules` path, no line starting with "at ".
  assert.ok(!reply.text.includes('node_modules'), reply.text)
  assert.ok(!reply.text.split('\n').some((line) => line.trimStart().startsWith('at ')), reply.text)
  return body
}

/** Sets `password` through a link, in French, and returns the checks of the 422 that refuses it. */
async function refusedChecks(
  post: Session['post'],
  token: string,
  password: string,
): Promise<unknown> {
  const reply = await post(
    '/reset-password',
    { token, password, confirmation: password },
    { 'accept-language': 'fr' },
  )
  return expectProblem(reply, 422, 'password_policy').checks
}

/**
 * The behaviour every binding of `@sesame/server` must show, over real HTTP: one list of named
 * checks that needs no test framework — `for (const c of bindingSuite(harness)) it(c.name, c.run)`.
 * Third parties writing a binding run it too.
 */
export function bindingSuite(harness: BindingHarness): ConformanceCheck[] {
  const session =
    (
      body: (s: Session) => Promise<void>,
      overrides: SuiteFixtureOptions = {},
      upstreamJson = false,
    ) =>
    async (): Promise<void> => {
      const fixture = suiteFixture(overrides)
      const server = await harness.start(fixture.options, { mount: MOUNT, upstreamJson })
      const raw: Session['raw'] = (request) => rawRequest(server.url, request)
      const post: Session['post'] = (path, payload, headers = {}) =>
        raw({
          method: 'POST',
          path: `${MOUNT}${path}`,
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify(payload),
        })
      const linkFor: Session['linkFor'] = async (email, headers = {}) => {
        const before = fixture.outbox.length
        assert.equal((await post('/forgot-password', { email }, headers)).status, 202)
        await server.drain()
        assert.equal(fixture.outbox.length, before + 1, 'one email sent')
        return tokenOf(fixture.outbox.at(-1)!.url)
      }
      try {
        await body({ fixture, server, post, raw, linkFor })
      } finally {
        await server.drain()
        await server.close()
      }
    }

  const checks: ConformanceCheck[] = [
    {
      name: 'GET /policy serves the policy with an ETag, 304 on If-None-Match',
      run: session(async ({ fixture, raw }) => {
        const first = await raw({ method: 'GET', path: `${MOUNT}/policy` })
        assert.equal(first.status, 200)
        assert.match(first.headers['content-type'] ?? '', /^application\/json/)
        assert.deepEqual(first.json, JSON.parse(JSON.stringify(fixture.options.policy)))
        const etag = first.headers.etag ?? ''
        assert.match(etag, /^"[^"]+"$/)
        for (const tag of [etag, `W/${etag}`, `"other", ${etag}`]) {
          const again = await raw({
            method: 'GET',
            path: `${MOUNT}/policy`,
            headers: { 'if-none-match': tag },
          })
          assert.equal(again.status, 304)
        }
        const other = await raw({
          method: 'GET',
          path: `${MOUNT}/policy`,
          headers: { 'if-none-match': '"x"' },
        })
        assert.equal(other.status, 200)
      }),
    },
    {
      name: 'the seed flow: forgot → email → verify → refused password (link kept) → reset → signed in',
      run: session(async ({ fixture, server, post }) => {
        const user = fixture.add('camille@example.fr', { sessions: 3 })
        const accepted = await post('/forgot-password', {
          email: '  Camille@Example.FR ',
          locale: 'fr',
        })
        assert.equal(accepted.status, 202)
        assert.deepEqual(accepted.json, { status: 'accepted' })
        await server.drain()
        assert.equal(fixture.outbox.length, 1)
        const email = fixture.outbox[0]!
        assert.equal(email.to, 'camille@example.fr')
        assert.equal(email.locale, 'fr')
        assert.equal(email.user, user)
        assert.ok(email.url.startsWith(`${SUITE_ORIGIN}/reset-password#token=`))
        const token = tokenOf(email.url)
        const verified = await post('/reset-password/verify', { token })
        assert.equal(verified.status, 200)
        const claims = verified.json as { usable: boolean; purpose: string; expiresAt: string }
        assert.equal(claims.usable, true)
        assert.equal(claims.purpose, 'reset')
        assert.ok(Date.parse(claims.expiresAt) > Date.now())
        assert.equal(verified.headers['cache-control'], 'no-store')
        assert.equal(verified.headers['referrer-policy'], 'no-referrer')
        const weak = await post(
          '/reset-password',
          { token, password: 'abc1', confirmation: 'abc1' },
          { 'accept-language': 'fr-FR,fr;q=0.9,en;q=0.8' },
        )
        const refused = expectProblem(weak, 422, 'password_policy')
        assert.equal(weak.headers['content-language'], 'fr')
        assert.equal(refused.title, 'Mot de passe non conforme')
        const checks = refused.checks as { label: string; met: boolean }[]
        assert.deepEqual(
          checks.map((check) => check.label),
          ['1 lettre majuscule', '2 chiffres', '8 caractères', '1 caractère spécial'],
        )
        assert.ok(checks.every((check) => check.met === false))
        assert.equal((await post('/reset-password/verify', { token })).status, 200)
        const mismatch = await post('/reset-password', {
          token,
          password: GOOD,
          confirmation: `${GOOD}x`,
        })
        assert.equal(expectProblem(mismatch, 422, 'confirmation_mismatch').field, 'confirmation')
        const done = await post('/reset-password', { token, password: GOOD, confirmation: GOOD })
        assert.equal(done.status, 200)
        assert.deepEqual(done.json, { status: 'password_changed', signedIn: true })
        assert.equal(done.headers['cache-control'], 'no-store')
        assert.equal(done.headers['referrer-policy'], 'no-referrer')
        assert.match(done.cookies[0] ?? '', /^session=u1-1;/)
        assert.equal(user.sessions, 1, 'sessions revoked before the fresh sign-in')
        assert.equal(user.password, GOOD)
        const again = await post('/reset-password', {
          token,
          password: 'Encore-un2autre3!',
          confirmation: 'Encore-un2autre3!',
        })
        expectProblem(again, 410, 'token_stale')
        assert.deepEqual(
          fixture.events.map((event) => event.name),
          [
            'requested',
            'emailSent',
            'verified',
            'failed',
            'verified',
            'failed',
            'redeemed',
            'passwordChanged',
            'failed',
          ],
        )
        assert.deepEqual(fixture.events[3]!.payload, {
          code: 'password_policy',
          step: 'reset-password',
          userId: user.id,
        })
      }),
    },
    {
      name: 'compares the confirmation on NFC forms: "Café" with a combining accent matches',
      run: session(async ({ fixture, post, linkFor }) => {
        const user = fixture.add('cafe@example.fr')
        const token = await linkFor('cafe@example.fr')
        const password = 'Cafe\u0301-cr3me-2!'
        const done = await post('/reset-password', {
          token,
          password,
          confirmation: password.normalize('NFC'),
        })
        assert.equal(done.status, 200, done.text)
        assert.equal(user.version, 2)
      }),
    },
    {
      name: 'refuses a lone surrogate (wellFormed) before storing it, and at sign-in; its U+FFFD twin is accepted',
      run: session(async ({ fixture, post, linkFor }) => {
        const user = fixture.add('lone@example.fr')
        const token = await linkFor('lone@example.fr')
        // A hasher would see U+FFFD for each lone surrogate: both would open the same account.
        const lone = 'Nouveau-m0t2passe!\udfff\udfff'
        assert.deepEqual(await refusedChecks(post, token, lone), [
          {
            id: 'wellFormed',
            type: 'wellFormed',
            met: false,
            required: 0,
            actual: 2,
            label: 'sans caractère invisible ou invalide',
          },
        ])
        assert.equal(user.version, 1, 'setPassword never called')
        const twin = 'Nouveau-m0t2passe!\ufffd\ufffd'
        const done = await post('/reset-password', { token, password: twin, confirmation: twin })
        assert.equal(done.status, 200, done.text)
        assert.equal(user.password, twin)
        // Nor does sign-in let the lone surrogates stand in for their U+FFFD twin.
        if (fixture.options.hasher) {
          const signIn = (password: string) =>
            post('/sign-in', { email: 'lone@example.fr', password })
          expectProblem(await signIn(lone), 401, 'invalid_credentials')
          assert.equal((await signIn(twin)).status, 200)
        }
      }),
    },
    {
      name: 'never puts a token, a password or an email in hook payloads, and never logs',
      run: session(async ({ fixture, server, post, linkFor }) => {
        const methods = ['log', 'info', 'warn', 'error', 'debug'] as const
        // biome-ignore lint/suspicious/noConsole: the check swaps the console to catch any call.
        const original = methods.map((method) => console[method])
        const calls: string[] = []
        for (const method of methods) {
          console[method] = (...args: unknown[]) => calls.push(`${method} ${args.join(' ')}`)
        }
        try {
          fixture.add('secret.person@example.fr')
          const token = await linkFor('secret.person@example.fr')
          await post('/forgot-password', { email: 'nobody@example.fr' })
          await server.drain()
          await post('/reset-password', { token, password: 'weak', confirmation: 'weak' })
          await post('/reset-password', { token, password: GOOD, confirmation: GOOD })
        } finally {
          methods.forEach((method, i) => {
            console[method] = original[i]!
          })
        }
        const dump = JSON.stringify(fixture.events)
        const token = tokenOf(fixture.outbox[0]!.url)
        for (const secret of [
          token,
          token.split('.')[2]!,
          GOOD,
          'weak"',
          'secret.person',
          'nobody@',
        ]) {
          assert.ok(!dump.includes(secret), `hook payloads hold ${secret}`)
        }
        const requested = fixture.events.find((event) => event.name === 'requested')!.payload
        assert.match((requested as { emailHash: string }).emailHash, /^[\w-]{16}$/)
        assert.deepEqual(calls, [])
      }),
    },
    {
      name: 'forgot-password answers known and unknown emails identically (status, body, headers)',
      run: session(async ({ fixture, server, post }) => {
        fixture.add('known@example.fr')
        const known = await post('/forgot-password', { email: 'known@example.fr' })
        const unknown = await post('/forgot-password', { email: 'unknown@example.fr' })
        assert.equal(known.status, 202)
        assert.deepEqual(visible(unknown), visible(known))
        assert.equal(known.headers['cache-control'], 'no-store')
        assert.equal(known.headers['referrer-policy'], 'no-referrer')
        await server.drain()
        assert.deepEqual(
          fixture.outbox.map((email) => email.to),
          ['known@example.fr'],
        )
      }),
    },
    {
      name: 'builds links from the configured origin, never from Host or X-Forwarded-Host',
      run: session(async ({ fixture, server, raw }) => {
        fixture.add('host@example.fr')
        const reply = await raw({
          method: 'POST',
          path: `${MOUNT}/forgot-password`,
          headers: {
            host: 'evil.example',
            'x-forwarded-host': 'evil.example',
            'x-forwarded-proto': 'http',
            'content-type': 'application/json',
          },
          body: JSON.stringify({ email: 'host@example.fr' }),
        })
        assert.equal(reply.status, 202)
        await server.drain()
        assert.equal(new URL(fixture.outbox[0]!.url).origin, SUITE_ORIGIN)
      }),
    },
    {
      name: 'answers before the email is sent, and reports a hanging or failing mailer',
      run: (() => {
        let calls = 0
        let release: () => void = () => undefined
        const hanging = new Promise<void>((resolve) => {
          release = resolve
        })
        return session(
          async ({ fixture, server, post }) => {
            fixture.add('a@example.fr')
            fixture.add('b@example.fr')
            assert.equal((await post('/forgot-password', { email: 'a@example.fr' })).status, 202)
            assert.equal((await post('/forgot-password', { email: 'b@example.fr' })).status, 202)
            await server.drain()
            release()
            const codes = fixture.events
              .filter((event) => event.name === 'failed')
              .map((event) => (event.payload as { code: string }).code)
            assert.deepEqual(codes.sort(), ['email_failed', 'email_timeout'])
          },
          {
            emailTimeoutMs: 50,
            sendResetEmail: () => {
              calls += 1
              if (calls === 1) return hanging
              throw new Error('SMTP down')
            },
          },
        )
      })(),
    },
    {
      name: 'past the per-email budget, known and unknown emails are accepted alike and send nothing more',
      run: session(
        async ({ fixture, server, post }) => {
          fixture.add('known@example.fr')
          const replies: RawReply[] = []
          for (const email of [
            'known@example.fr',
            'KNOWN@example.fr ',
            'known@example.fr',
            'unknown@example.fr',
            'unknown@example.fr',
            'unknown@example.fr',
          ]) {
            replies.push(await post('/forgot-password', { email }))
          }
          for (const reply of replies) assert.deepEqual(visible(reply), visible(replies[0]!))
          await server.drain()
          assert.equal(fixture.outbox.length, 2)
          const limited = fixture.events.filter((event) => event.name === 'rateLimited')
          assert.equal(limited.length, 2)
          assert.ok(
            limited.every((event) => (event.payload as { scope: string }).scope === 'email'),
          )
        },
        { rateLimit: { email: { max: 2, windowMs: 60_000 }, ip: false } },
      ),
    },
    {
      name: 'limits per client address (429 + Retry-After), IPv6 by /64, before counting any email',
      run: session(
        async ({ fixture, server, post }) => {
          fixture.add('victim@example.fr')
          const from = (address: string) => ({ 'x-forwarded-for': address })
          const statuses: number[] = []
          for (let i = 0; i < 5; i += 1) {
            statuses.push(
              (await post('/forgot-password', { email: 'victim@example.fr' }, from('203.0.113.7')))
                .status,
            )
          }
          assert.deepEqual(statuses.slice(0, 3), [202, 202, 202])
          const limited = await post(
            '/forgot-password',
            { email: 'victim@example.fr' },
            from('203.0.113.7'),
          )
          const body = expectProblem(limited, 429, 'rate_limited')
          const retry = Number(limited.headers['retry-after'])
          assert.ok(retry > 0 && retry <= 60)
          assert.equal(body.retryAfter, retry)
          for (const suffix of ['1', 'ffff:1:2:3']) {
            const ipv6 = await post(
              '/forgot-password',
              { email: `v6@example.fr` },
              from(`2001:db8:1:2::${suffix}`),
            )
            assert.equal(ipv6.status, 202)
          }
          const sameBlock = [] as number[]
          for (let i = 0; i < 3; i += 1) {
            sameBlock.push(
              (
                await post(
                  '/forgot-password',
                  { email: `v6-${i}@example.fr` },
                  from(`2001:db8:1:2:${i}::9`),
                )
              ).status,
            )
          }
          assert.deepEqual(sameBlock, [202, 429, 429])
          // The refused requests spent no email budget: the owner, from a clean address, gets an email.
          await server.drain()
          const before = fixture.outbox.length
          assert.equal(
            (await post('/forgot-password', { email: 'victim@example.fr' }, from('198.51.100.1')))
              .status,
            202,
          )
          await server.drain()
          assert.equal(fixture.outbox.length, before + 1)
        },
        { rateLimit: { email: { max: 4, windowMs: 60_000 }, ip: { max: 3, windowMs: 60_000 } } },
      ),
    },
    {
      name: 'an attacker flooding from other addresses cannot lock the owner out of a working link',
      run: session(
        async ({ fixture, server, post }) => {
          fixture.add('victim@example.fr')
          const flood = Array.from({ length: 40 }, (_, i) =>
            post(
              '/forgot-password',
              { email: 'victim@example.fr' },
              { 'x-forwarded-for': `10.0.${i >> 4}.${i & 15}` },
            ),
          )
          const statuses = (await Promise.all(flood)).map((reply) => reply.status)
          assert.ok(statuses.every((status) => status === 202))
          await server.drain()
          // The inbox is not bombed: the per-email budget bounds what the flood sent.
          assert.equal(fixture.outbox.length, 3)
          const owner = await post(
            '/forgot-password',
            { email: 'victim@example.fr' },
            { 'x-forwarded-for': '198.51.100.20' },
          )
          assert.equal(owner.status, 202)
          await server.drain()
          // Every link in the owner's inbox works: the flood could not stop the reset.
          const token = tokenOf(fixture.outbox.at(-1)!.url)
          const reset = await post('/reset-password', { token, password: GOOD, confirmation: GOOD })
          assert.equal(reset.status, 200)
        },
        { rateLimit: { email: { max: 3, windowMs: 60_000 }, ip: { max: 2, windowMs: 60_000 } } },
      ),
    },
    {
      name: 'answers 503 store_unavailable when the store is down, without its error',
      run: session(
        async ({ post }) => {
          const reply = await post('/forgot-password', { email: 'a@example.fr' })
          expectProblem(reply, 503, 'store_unavailable')
          assert.ok(!reply.text.includes('ECONNREFUSED'))
        },
        {
          store: {
            consume: () => Promise.reject(new Error('ECONNREFUSED')),
            hit: () => Promise.reject(new Error('ECONNREFUSED')),
            shutdown: () => Promise.resolve(),
          } satisfies Store,
        },
      ),
    },
    {
      name: 'answers 404 problems under the mount point and 405 with Allow for a wrong method',
      run: session(async ({ raw }) => {
        expectProblem(await raw({ method: 'GET', path: `${MOUNT}/nowhere` }), 404, 'not_found')
        expectProblem(
          await raw({
            method: 'POST',
            path: `${MOUNT}/reset-password/other`,
            headers: { 'content-type': 'application/json' },
            body: '{}',
          }),
          404,
          'not_found',
        )
        const put = await raw({
          method: 'PUT',
          path: `${MOUNT}/forgot-password`,
          headers: { 'content-type': 'application/json' },
          body: '{}',
        })
        assert.deepEqual(expectProblem(put, 405, 'method_not_allowed').allow, ['POST'])
        assert.equal(put.headers.allow, 'POST')
        const postPolicy = await raw({
          method: 'POST',
          path: `${MOUNT}/policy`,
          headers: { 'content-type': 'application/json' },
          body: '{}',
        })
        assert.equal(expectProblem(postPolicy, 405, 'method_not_allowed').status, 405)
        assert.equal(postPolicy.headers.allow, 'GET, HEAD')
        const head = await raw({ method: 'HEAD', path: `${MOUNT}/policy` })
        assert.equal(head.status, 200)
        assert.equal(head.text, '')
      }),
    },
    {
      name: 'resetUrl as a plain URL string builds a fragment link on that page',
      run: session(
        async ({ fixture, linkFor }) => {
          fixture.add('plain@example.fr')
          await linkFor('plain@example.fr')
          const url = new URL(fixture.outbox[0]!.url)
          assert.equal(
            `${url.origin}${url.pathname}`,
            `${SUITE_ORIGIN}/comptes/nouveau-mot-de-passe`,
          )
          assert.equal(url.search, '')
          assert.match(url.hash, /^#token=[\w-]+\.[\w-]+\.[\w-]+$/)
        },
        { resetUrl: `${SUITE_ORIGIN}/comptes/nouveau-mot-de-passe` },
      ),
    },
    {
      name: 'resetUrl as an object (query placement) and as a function',
      run: async () => {
        await session(
          async ({ fixture, linkFor }) => {
            fixture.add('q@example.fr')
            await linkFor('q@example.fr')
            const url = new URL(fixture.outbox[0]!.url)
            assert.equal(`${url.origin}${url.pathname}`, `${SUITE_ORIGIN}/app/reset`)
            assert.match(url.searchParams.get('token') ?? '', /^[\w-]+\.[\w-]+\.[\w-]+$/)
          },
          { resetUrl: { origin: `${SUITE_ORIGIN}/app/`, path: 'reset', placement: 'query' } },
        )()
        await session(
          async ({ fixture, linkFor }) => {
            fixture.add('f@example.fr')
            await linkFor('f@example.fr', { 'accept-language': 'fr' })
            assert.match(fixture.outbox[0]!.url, /^https:\/\/fn\.example\/fr\/#token=/)
          },
          { resetUrl: ({ token, locale }) => `https://fn.example/${locale}/#token=${token}` },
        )()
      },
    },
    {
      name: 'with the seven shipped catalogues, problems and labels speak the negotiated locale (de-AT → de, pt-BR → pt)',
      run: session(
        async ({ fixture, post, raw, linkFor }) => {
          const missing = (language: string) =>
            raw({
              method: 'GET',
              path: `${MOUNT}/nowhere`,
              headers: { 'accept-language': language },
            })
          for (const [language, locale, title] of [
            ['de-AT,de;q=0.9', 'de', 'Nicht gefunden'],
            ['pt-BR', 'pt', 'Não encontrado'],
            ['sv, es;q=0.5', 'es', 'No encontrado'],
            ['ja', 'en', 'Not found'],
          ] as const) {
            const reply = await missing(language)
            assert.equal(expectProblem(reply, 404, 'not_found').title, title, language)
            assert.equal(reply.headers['content-language'], locale, language)
          }
          fixture.add('nl@example.nl')
          const token = await linkFor('nl@example.nl', { 'accept-language': 'nl-BE' })
          assert.equal(fixture.outbox.at(-1)!.locale, 'nl')
          const weak = await post(
            '/reset-password',
            { token, password: 'abc1', confirmation: 'abc1' },
            { 'accept-language': 'it-CH' },
          )
          const refused = expectProblem(weak, 422, 'password_policy')
          assert.equal(refused.title, 'Password troppo debole')
          assert.deepEqual(
            (refused.checks as { label: string }[]).map((check) => check.label),
            ['1 lettera maiuscola', '2 cifre', '8 caratteri', '1 carattere speciale'],
          )
        },
        { catalogues: serverCatalogues },
      ),
    },
    {
      name: "a handler's own catalogues are the only ones offered, with its fallback",
      run: session(
        async ({ raw }) => {
          const missing = (language: string) =>
            raw({
              method: 'GET',
              path: `${MOUNT}/nowhere`,
              headers: { 'accept-language': language },
            })
          const swedish = await missing('sv-SE')
          assert.equal(expectProblem(swedish, 404, 'not_found').title, 'Hittades inte')
          assert.equal(swedish.headers['content-language'], 'sv')
          // German ships with Sesame, but this handler does not offer it.
          const german = await missing('de')
          assert.equal(expectProblem(german, 404, 'not_found').title, 'Introuvable')
          assert.equal(german.headers['content-language'], 'fr')
        },
        {
          catalogues: [
            fr,
            {
              ...en,
              locale: 'sv',
              server: {
                checks: { reused: 'Annat än ditt nuvarande lösenord' },
                problems: {
                  ...en.server.problems,
                  not_found: { title: 'Hittades inte', detail: 'Det finns ingen sådan väg.' },
                },
              },
            },
          ],
          fallbackLocale: 'fr',
        },
      ),
    },
  ]

  const bodyChecks = (upstreamJson: boolean): ConformanceCheck[] => {
    const where = upstreamJson ? ' behind the app’s own JSON parser' : ''
    const post = (s: Session, path: string, body: string | Uint8Array, type = 'application/json') =>
      s.raw({ method: 'POST', path: `${MOUNT}${path}`, headers: { 'content-type': type }, body })
    return [
      {
        name: `refuses bodies with RFC 9457 problems${where}: 413, 415, 400 for bad JSON, null, arrays`,
        run: session(
          async (s) => {
            const big = JSON.stringify({ email: 'a@example.fr', pad: 'x'.repeat(17 * 1024) })
            expectProblem(await post(s, '/forgot-password', big), 413, 'payload_too_large')
            // Past an app-level parser's own limit (body-parser's 100 KB) too.
            const huge = JSON.stringify({ email: 'a@example.fr', pad: 'x'.repeat(200 * 1024) })
            expectProblem(await post(s, '/forgot-password', huge), 413, 'payload_too_large')
            expectProblem(
              await post(
                s,
                '/reset-password/verify',
                'token=abc',
                'application/x-www-form-urlencoded',
              ),
              415,
              'unsupported_media_type',
            )
            expectProblem(
              await post(
                s,
                '/forgot-password',
                '{"email":"a@b.fr"}',
                'application/json; charset=latin1',
              ),
              415,
              'unsupported_media_type',
            )
            const bad = await s.raw({
              method: 'POST',
              path: `${MOUNT}/forgot-password`,
              headers: { 'content-type': 'application/json', 'accept-language': 'fr' },
              body: '{"email": ',
            })
            assert.equal(bad.status, 400)
            assert.deepEqual(bad.json, {
              type: 'urn:sesame:problem:malformed_json',
              title: 'JSON mal formé',
              status: 400,
              detail: 'Le corps de la requête n’est pas un JSON valide.',
              code: 'malformed_json',
            })
            for (const body of ['null', '[{"email":"a@b.fr"}]', '"a@b.fr"', '42']) {
              const reply = await post(s, '/forgot-password', body)
              assert.equal(reply.status, 400, body)
              assert.ok(
                ['invalid_field', 'malformed_json'].includes(problem(reply).code as string),
                body,
              )
            }
          },
          {},
          upstreamJson,
        ),
      },
      {
        name: `accepts a UTF-8 BOM and names each bad field${where}`,
        run: session(
          async (s) => {
            const bom = new Uint8Array([
              0xef,
              0xbb,
              0xbf,
              ...new TextEncoder().encode('{"email":"bom@example.fr"}'),
            ])
            assert.equal((await post(s, '/forgot-password', bom)).status, 202)
            const cases: [string, unknown, string, string][] = [
              ['/forgot-password', {}, 'email', 'missing'],
              ['/forgot-password', { email: 42 }, 'email', 'not_string'],
              ['/forgot-password', { email: `${'a'.repeat(250)}@b.fr` }, 'email', 'too_long'],
              ['/forgot-password', { email: 'a@b.fr', locale: ['fr'] }, 'locale', 'not_string'],
              ['/reset-password/verify', { token: 'x'.repeat(4097) }, 'token', 'too_long'],
              ['/reset-password/verify', { token: null }, 'token', 'missing'],
            ]
            for (const [path, body, field, reason] of cases) {
              const refused = expectProblem(await s.post(path, body), 400, 'invalid_field')
              assert.equal(refused.field, field)
              assert.deepEqual(refused.errors, [{ field, reason }])
            }
            s.fixture.add('f@example.fr')
            const token = await s.linkFor('f@example.fr')
            assert.equal(
              expectProblem(await s.post('/reset-password', { token }), 400, 'invalid_field').field,
              'password',
            )
            assert.equal(
              expectProblem(
                await s.post('/reset-password', { token, password: GOOD }),
                400,
                'invalid_field',
              ).field,
              'confirmation',
            )
            const long = await s.post('/reset-password', {
              token,
              password: 'A1!a'.repeat(1025),
              confirmation: 'x',
            })
            assert.deepEqual(expectProblem(long, 400, 'invalid_field').errors, [
              { field: 'password', reason: 'too_long' },
            ])
            assert.equal(
              (await s.post('/reset-password', { token, password: GOOD, confirmation: GOOD }))
                .status,
              200,
            )
          },
          {},
          upstreamJson,
        ),
      },
    ]
  }

  checks.push(...bodyChecks(false))
  if (harness.upstreamParser) checks.push(...bodyChecks(true))

  checks.push(
    {
      name: 'answers 413 to a large chunked body without waiting for the end, and closes the connection',
      run: session(async ({ raw }) => {
        const reply = await raw({
          method: 'POST',
          path: `${MOUNT}/forgot-password`,
          headers: { 'content-type': 'application/json' },
          body: `{"email":"${'a'.repeat(20 * 1024)}`,
          unfinished: true,
        })
        expectProblem(reply, 413, 'payload_too_large')
        assert.equal(reply.headers.connection, 'close')
      }),
    },
    {
      name: 'refuses expired (410), stale (410), forged and malformed (400) tokens',
      run: session(async ({ fixture, post, linkFor }) => {
        const user = fixture.add('e@example.fr')
        const token = await linkFor('e@example.fr')
        const [header, payload, signature] = token.split('.') as [string, string, string]
        const flipped = `${header}.${payload}.${signature[0] === 'A' ? 'B' : 'A'}${signature.slice(1)}`
        const foreign = (
          await suiteTokens(
            fixture.clock,
            'reset',
            'another-secret-of-at-least-32-bytes-long!!',
          ).issue({ subject: user.id, state: 'v1' })
        ).token
        for (const [candidate, code] of [
          [flipped, 'token_invalid'],
          [foreign, 'token_invalid'],
          ['not-a-token', 'token_malformed'],
        ] as const) {
          expectProblem(await post('/reset-password/verify', { token: candidate }), 400, code)
        }
        fixture.clock.offsetMs = 31 * 60_000
        expectProblem(await post('/reset-password/verify', { token }), 410, 'token_expired')
        fixture.clock.offsetMs = 0
        user.version = 7
        expectProblem(
          await post('/reset-password', { token, password: GOOD, confirmation: GOOD }),
          410,
          'token_stale',
        )
      }),
    },
    {
      name: 'a second use of one token is refused by the store when the state did not change (409)',
      run: session(
        async ({ fixture, post, linkFor }) => {
          fixture.add('twice@example.fr')
          const token = await linkFor('twice@example.fr')
          const body = { token, password: GOOD, confirmation: GOOD }
          const replies = await Promise.all(
            Array.from({ length: 10 }, () => post('/reset-password', body)),
          )
          assert.equal(replies.filter((reply) => reply.status === 200).length, 1)
          for (const reply of replies.filter((r) => r.status !== 200))
            expectProblem(reply, 409, 'token_used')
        },
        // Without a hasher: the reuse check would also refuse the later uses (422); this is the store's.
        { constantState: true, withoutHasher: true },
      ),
    },
    {
      name: 'answers 503 and changes nothing when the store fails at redeem time',
      run: (() => {
        let down = true
        const used = new Set<string>()
        const flaky: Store = {
          consume: (key) => {
            if (down) return Promise.reject(new Error('down'))
            const first = !used.has(key)
            used.add(key)
            return Promise.resolve(first)
          },
          hit: () => Promise.resolve({ count: 1, resetAt: new Date(Date.now() + 60_000) }),
          shutdown: () => Promise.resolve(),
        }
        return session(
          async ({ fixture, post, linkFor }) => {
            const user = fixture.add('flaky@example.fr')
            const token = await linkFor('flaky@example.fr')
            const body = { token, password: GOOD, confirmation: GOOD }
            expectProblem(await post('/reset-password', body), 503, 'store_unavailable')
            assert.equal(user.version, 1)
            down = false
            assert.equal((await post('/reset-password', body)).status, 200)
          },
          { store: flaky },
        )
      })(),
    },
    {
      name: 'checks the policy against the account (notContextual) before consuming',
      run: session(
        async ({ fixture, post, linkFor }) => {
          fixture.add('dominique@example.fr', { name: 'Dominique' })
          const token = await linkFor('dominique@example.fr')
          const refused = expectProblem(
            await post('/reset-password', {
              token,
              password: 'Dominique-12!',
              confirmation: 'Dominique-12!',
            }),
            422,
            'password_policy',
          )
          assert.deepEqual(
            (refused.checks as { id: string }[]).map((check) => check.id),
            ['notContextual'],
          )
          assert.equal((await post('/reset-password/verify', { token })).status, 200)
        },
        { policy: contextualPolicy },
      ),
    },
    {
      name: 'accepts update tokens (a migrated account) where configured, and only there',
      run: async () => {
        await session(async ({ fixture, post }) => {
          const user = fixture.add('migrated@example.fr', {
            status: 'update_required',
            sessions: 0,
          })
          const { token } = await fixture.options.updateTokens!.issue({
            subject: user.id,
            state: 'v1',
          })
          const verified = await post('/reset-password/verify', { token })
          assert.equal((verified.json as { purpose: string }).purpose, 'update')
          assert.equal(
            (await post('/reset-password', { token, password: GOOD, confirmation: GOOD })).status,
            200,
          )
          assert.equal(user.status, 'ok')
        })()
        await session(
          async ({ fixture, post }) => {
            const user = fixture.add('u@example.fr')
            const { token } = await suiteTokens(fixture.clock, 'update').issue({
              subject: user.id,
              state: 'v1',
            })
            expectProblem(await post('/reset-password/verify', { token }), 400, 'token_invalid')
          },
          { resetTokensOnly: true },
        )()
      },
    },
    {
      name: 'keeps sessions and skips sign-in when told to',
      run: session(
        async ({ fixture, post, linkFor }) => {
          const user = fixture.add('keep@example.fr', { sessions: 2 })
          const token = await linkFor('keep@example.fr')
          const done = await post('/reset-password', { token, password: GOOD, confirmation: GOOD })
          assert.deepEqual(done.json, { status: 'password_changed', signedIn: false })
          assert.deepEqual(done.cookies, [])
          assert.equal(user.sessions, 2)
          const changed = fixture.events.find((event) => event.name === 'passwordChanged')
          assert.deepEqual(changed?.payload, {
            userId: user.id,
            purpose: 'reset',
            sessionsRevoked: false,
          })
        },
        { revokeSessions: false, signIn: false },
      ),
    },
    {
      name: 'a throwing hook changes no response; a full background queue still answers 202',
      run: async () => {
        await session(
          async ({ fixture, post, linkFor }) => {
            fixture.add('hooks@example.fr')
            const token = await linkFor('hooks@example.fr')
            assert.equal((await post('/reset-password/verify', { token })).status, 200)
          },
          {
            hooks: {
              requested: () => {
                throw new Error('audit log down')
              },
              verified: () => Promise.reject(new Error('audit log down')),
            },
          },
        )()
        await session(
          async ({ fixture, server, post }) => {
            fixture.add('full@example.fr')
            assert.equal((await post('/forgot-password', { email: 'full@example.fr' })).status, 202)
            await server.drain()
            assert.equal(fixture.outbox.length, 0)
            assert.deepEqual(
              fixture.events.map((event) => event.payload),
              [{ code: 'queue_full', step: 'forgot-password' }],
            )
          },
          { queue: { maxPending: 0 } },
        )()
      },
    },
  )
  checks.push(...signInChecks(session))
  checks.push(...lifecycleChecks({ session, expectProblem, visible }))
  return checks
}

/** Runs one check against a fresh fixture and server (see `bindingSuite`). */
type SessionRunner = (
  body: (s: Session) => Promise<void>,
  overrides?: SuiteFixtureOptions,
) => () => Promise<void>

const OLD = 'Ancien-m0t2passe!'

// The session cookie of a sign-in's answer, as the browser would send it back.
function cookieOf(reply: RawReply): string {
  const cookie = reply.cookies[0]
  assert.ok(cookie, 'a session cookie')
  return cookie.split(';')[0]!
}

function signInChecks(session: SessionRunner): ConformanceCheck[] {
  const from = (address: string) => ({ 'x-forwarded-for': address })
  return [
    {
      name: 'sign-in: a migrated account is sent to the update, refused its old password, then signs in',
      run: session(async ({ fixture, server, post }) => {
        const user = fixture.add('migre@example.fr', {
          hash: `legacy$${OLD}`,
          status: 'update_required',
          sessions: 0,
        })
        const first = await post('/sign-in', { email: 'Migre@Example.fr', password: OLD })
        const update = expectProblem(first, 403, 'password_update_required')
        assert.deepEqual(first.cookies, [])
        assert.equal(user.sessions, 0)
        const token = update.updateToken as string
        assert.ok(Date.parse(update.expiresAt as string) > Date.now())
        assert.deepEqual(await refusedChecks(post, token, OLD), [
          {
            id: 'reused',
            type: 'reused',
            required: 0,
            actual: 1,
            met: false,
            label: 'Différent de votre mot de passe actuel',
          },
        ])
        const done = await post('/reset-password', { token, password: GOOD, confirmation: GOOD })
        assert.deepEqual(done.json, { status: 'password_changed', signedIn: true })
        await server.drain()
        expectProblem(
          await post('/sign-in', { email: 'migre@example.fr', password: OLD }),
          401,
          'invalid_credentials',
        )
        const signedIn = await post('/sign-in', { email: 'migre@example.fr', password: GOOD })
        assert.equal(signedIn.status, 200, signedIn.text)
        assert.deepEqual(signedIn.json, { status: 'signed_in' })
        assert.equal(signedIn.headers['cache-control'], 'no-store')
        assert.match(cookieOf(signedIn), /^session=u1-\d+$/)
      }),
    },
    {
      name: 'sign-in: unknown email, wrong password, legacy account: one 401 invalid_credentials',
      run: session(async ({ fixture, post }) => {
        fixture.add('argon@example.fr')
        fixture.add('legacy@example.fr', { hash: `legacy$${OLD}` })
        const replies: RawReply[] = []
        for (const email of ['nobody@example.fr', 'argon@example.fr', 'legacy@example.fr']) {
          replies.push(await post('/sign-in', { email, password: 'Faux-m0t2passe!' }))
        }
        for (const reply of replies) {
          expectProblem(reply, 401, 'invalid_credentials')
          assert.deepEqual(visible(reply), visible(replies[0]!))
        }
        const failed = fixture.events.filter((event) => event.name === 'failed')
        assert.equal(failed.length, 3)
        assert.ok(!JSON.stringify(fixture.events).includes('example.fr'))
      }),
    },
    {
      name: 'sign-in: a legacy hash is replaced by the hasher’s after a success (compare-and-swap)',
      run: session(async ({ fixture, server, post }) => {
        const user = fixture.add('old@example.fr', { hash: `legacy$${OLD}` })
        const reply = await post('/sign-in', {
          email: 'old@example.fr',
          password: OLD,
          remember: true,
        })
        assert.equal(reply.status, 200, reply.text)
        await server.drain()
        assert.match(user.hash ?? '', /^suite\$/)
        assert.equal(
          (await post('/sign-in', { email: 'old@example.fr', password: OLD })).status,
          200,
        )
      }),
    },
    {
      name: 'sign-in: the right password of an unverified, a password-less or a two-factor account opens no session',
      run: session(async ({ fixture, post }) => {
        fixture.add('new@example.fr', { activated: false })
        fixture.add('none@example.fr', { status: 'none' })
        fixture.add('totp@example.fr', { secondFactor: { kind: 'totp', data: { pending: 'p1' } } })
        const wrong = await post('/sign-in', {
          email: 'new@example.fr',
          password: 'Faux-m0t2passe!',
        })
        expectProblem(wrong, 401, 'invalid_credentials')

        const password = 'Ancien-mot2passe!'
        expectProblem(
          await post('/sign-in', { email: 'new@example.fr', password }),
          403,
          'activation_required',
        )
        const none = expectProblem(
          await post('/sign-in', { email: 'none@example.fr', password }),
          403,
          'password_reset_required',
        )
        assert.equal(none.forgotPassword, 'forgot-password')
        const second = await post('/sign-in', { email: 'totp@example.fr', password })
        assert.deepEqual(expectProblem(second, 403, 'second_factor_required').secondFactor, {
          kind: 'totp',
          data: { pending: 'p1' },
        })
        assert.deepEqual(second.cookies, [])
      }),
    },
    {
      name: 'sign-in: bounded fields (email 254, password, challenge) and a boolean remember',
      run: session(async ({ post }) => {
        const cases: [Record<string, unknown>, string, string][] = [
          [{ email: `${'a'.repeat(250)}@x.fr`, password: 'x' }, 'email', 'too_long'],
          [{ email: 'a@x.fr', password: 'x'.repeat(4097) }, 'password', 'too_long'],
          [
            { email: 'a@x.fr', password: 'x', challenge: 'c'.repeat(4097) },
            'challenge',
            'too_long',
          ],
          [{ email: 'a@x.fr', password: 'x', remember: 'yes' }, 'remember', 'not_boolean'],
          [{ email: 'a@x.fr' }, 'password', 'missing'],
        ]
        for (const [body, field, reason] of cases) {
          const refused = expectProblem(await post('/sign-in', body), 400, 'invalid_field')
          assert.deepEqual(refused.errors, [{ field, reason }])
        }
      }),
    },
    {
      name: 'sign-in: with forceUpgradeOnSignIn, a password below the policy is sent to the update',
      run: session(
        async ({ fixture, post }) => {
          fixture.add('weak@example.fr', { password: 'motdepasse' })
          fixture.add('strong@example.fr')
          const weak = await post('/sign-in', { email: 'weak@example.fr', password: 'motdepasse' })
          expectProblem(weak, 403, 'password_update_required')
          const strong = await post('/sign-in', {
            email: 'strong@example.fr',
            password: 'Ancien-mot2passe!',
          })
          assert.equal(strong.status, 403, 'the seed policy wants 2 digits')
          fixture.add('fine@example.fr', { password: GOOD })
          assert.equal(
            (await post('/sign-in', { email: 'fine@example.fr', password: GOOD })).status,
            200,
          )
        },
        { forceUpgradeOnSignIn: true },
      ),
    },
    {
      name: 'sign-in: past the per-account threshold a challenge is asked, for unknown emails alike; the owner answers it and gets in',
      run: session(async ({ fixture, post }) => {
        fixture.add('owner@example.fr', { password: GOOD })
        const attacks: RawReply[] = []
        for (let i = 0; i < 12; i += 1) {
          for (const email of ['owner@example.fr', 'ghost@example.fr']) {
            attacks.push(
              await post('/sign-in', { email, password: `Essai-${i}-00!` }, from(`203.0.113.${i}`)),
            )
          }
        }
        const codes = attacks.map((reply) => (reply.json as { code: string }).code)
        assert.deepEqual(codes.slice(0, 10), Array(10).fill('invalid_credentials'))
        assert.deepEqual(codes.slice(10), Array(14).fill('challenge_required'))
        for (let i = 10; i < attacks.length; i += 2) {
          assert.deepEqual(visible(attacks[i]!), visible(attacks[i + 1]!))
        }
        const asked = expectProblem(attacks.at(-1)!, 401, 'challenge_required')
        assert.deepEqual(asked.challenge, { kind: 'captcha', data: { siteKey: 'suite-site-key' } })
        const clean = from('198.51.100.7')
        const bare = await post('/sign-in', { email: 'owner@example.fr', password: GOOD }, clean)
        expectProblem(bare, 401, 'challenge_required')
        const wrongAnswer = await post(
          '/sign-in',
          { email: 'owner@example.fr', password: GOOD, challenge: 'guess' },
          clean,
        )
        expectProblem(wrongAnswer, 401, 'challenge_required')
        const owner = await post(
          '/sign-in',
          { email: 'owner@example.fr', password: GOOD, challenge: SUITE_CHALLENGE_ANSWER },
          clean,
        )
        assert.equal(owner.status, 200, owner.text)
        assert.deepEqual(owner.json, { status: 'signed_in' })
        const solvedWrong = await post(
          '/sign-in',
          { email: 'owner@example.fr', password: 'Essai-x-00!', challenge: SUITE_CHALLENGE_ANSWER },
          clean,
        )
        expectProblem(solvedWrong, 401, 'invalid_credentials')
      }),
    },
    {
      name: 'sign-in: wrong passwords are limited per address first (429 + Retry-After), IPv6 by /64',
      run: session(
        async ({ fixture, post }) => {
          fixture.add('ip@example.fr', { password: GOOD })
          const block = (n: number) => from(`2001:db8:1:2::${n}`)
          for (let i = 0; i < 3; i += 1) {
            const reply = await post(
              '/sign-in',
              { email: `x${i}@example.fr`, password: 'Faux-0!' },
              block(i),
            )
            expectProblem(reply, 401, 'invalid_credentials')
          }
          const limited = await post(
            '/sign-in',
            { email: 'ip@example.fr', password: GOOD },
            block(9),
          )
          const body = expectProblem(limited, 429, 'rate_limited')
          assert.ok(Number(limited.headers['retry-after']) > 0)
          assert.equal(body.retryAfter, Number(limited.headers['retry-after']))
          const elsewhere = await post(
            '/sign-in',
            { email: 'ip@example.fr', password: GOOD },
            from('2001:db8:1:3::1'),
          )
          assert.equal(elsewhere.status, 200, 'another /64 is not limited')
        },
        { throttle: { address: { max: 3, windowMs: 60_000 }, account: false } },
      ),
    },
    {
      name: 'change-password: signed in only, current verified, policy, new ≠ current, others revoked, email sent',
      run: session(async ({ fixture, server, post }) => {
        const user = fixture.add('change@example.fr', { password: OLD, sessions: 3 })
        const body = { currentPassword: OLD, password: GOOD, confirmation: GOOD }
        expectProblem(await post('/change-password', body), 401, 'not_signed_in')
        const signedIn = await post('/sign-in', { email: 'change@example.fr', password: OLD })
        const cookie = { cookie: cookieOf(signedIn) }
        assert.equal(user.sessions, 4)
        expectProblem(
          await post('/change-password', { ...body, currentPassword: 'Faux-m0t2passe!' }, cookie),
          401,
          'invalid_credentials',
        )
        const weak = await post(
          '/change-password',
          { ...body, password: 'abc', confirmation: 'abc' },
          cookie,
        )
        expectProblem(weak, 422, 'password_policy')
        const mismatch = await post(
          '/change-password',
          { ...body, confirmation: `${GOOD}x` },
          cookie,
        )
        expectProblem(mismatch, 422, 'confirmation_mismatch')
        const same = await post(
          '/change-password',
          { ...body, password: OLD, confirmation: OLD },
          { ...cookie, 'accept-language': 'en' },
        )
        const reused = expectProblem(same, 422, 'password_policy')
        assert.deepEqual(
          (reused.checks as { id: string; label: string }[]).map((c) => [c.id, c.label]),
          [['reused', 'Different from your current password']],
        )
        assert.equal(user.password, OLD)
        const done = await post('/change-password', body, cookie)
        assert.equal(done.status, 200, done.text)
        assert.deepEqual(done.json, { status: 'password_changed', otherSessionsRevoked: true })
        assert.equal(done.headers['cache-control'], 'no-store')
        assert.equal(user.password, GOOD)
        assert.equal(user.sessions, 1, 'only the current session is kept')
        await server.drain()
        const notice = fixture.mail.filter((email) => email.kind === 'password_changed')
        assert.equal(notice.length, 1)
        assert.equal(notice[0]!.to, 'change@example.fr')
        const changed = fixture.events.find((event) => event.name === 'passwordChanged')
        assert.deepEqual(changed?.payload, {
          userId: user.id,
          purpose: 'change',
          sessionsRevoked: true,
        })
        expectProblem(
          await post('/sign-in', { email: 'change@example.fr', password: OLD }),
          401,
          'invalid_credentials',
        )
      }),
    },
    {
      name: 'change-password: the last N passwords are refused when passwordHistory is on',
      run: session(
        async ({ fixture, post }) => {
          const user = fixture.add('history@example.fr', {
            password: OLD,
            history: ['legacy$Premier-m0t2passe!', 'legacy$Second-m0t2passe!', `legacy$${GOOD}`],
          })
          const signedIn = await post('/sign-in', { email: 'history@example.fr', password: OLD })
          const cookie = { cookie: cookieOf(signedIn) }
          const change = (password: string) =>
            post(
              '/change-password',
              { currentPassword: OLD, password, confirmation: password },
              cookie,
            )
          expectProblem(await change('Premier-m0t2passe!'), 422, 'password_policy')
          expectProblem(await change('Second-m0t2passe!'), 422, 'password_policy')
          assert.equal((await change(GOOD)).status, 200, 'only the last 2 are kept')
          assert.equal(user.password, GOOD)
        },
        { passwordHistory: 2 },
      ),
    },
  ]
}
