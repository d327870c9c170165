import http from 'node:http'
import type { AddressInfo } from 'node:net'
import request from 'supertest'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { memoryStore, type Store } from '../src/index'
import {
  clock,
  EXPRESS_MAJOR,
  makeFixture,
  makeTokens,
  ORIGIN,
  policy,
  runningExpress4,
  strictPolicy,
  tokenOf,
} from './fixture'

const GOOD = 'Nouveau-m0t2passe!'

afterEach(() => {
  clock.offsetMs = 0
})

/** Requests a link for `email` and resolves the token that was emailed. */
async function linkFor(fixture: ReturnType<typeof makeFixture>, email: string): Promise<string> {
  await request(fixture.app).post('/auth/forgot-password').send({ email }).expect(202)
  await fixture.router.drain()
  const message = fixture.emails.at(-1)
  if (!message) throw new Error('no email sent')
  return tokenOf(message.url)
}

describe(`@sesame/express on Express ${EXPRESS_MAJOR}`, () => {
  it('runs on the intended Express major version', () => {
    expect(runningExpress4).toBe(EXPRESS_MAJOR === 4)
  })

  describe('GET /policy', () => {
    it('serves the policy JSON with an ETag and answers 304 to a matching If-None-Match', async () => {
      const { app } = makeFixture()
      const res = await request(app).get('/auth/policy').expect(200)
      expect(res.headers['content-type']).toMatch(/^application\/json/)
      expect(res.body).toEqual(JSON.parse(JSON.stringify(policy)))
      const etag = res.headers.etag as string
      expect(etag).toMatch(/^"[^"]+"$/)
      await request(app).get('/auth/policy').set('If-None-Match', etag).expect(304)
      await request(app).get('/auth/policy').set('If-None-Match', `W/${etag}`).expect(304)
      await request(app).get('/auth/policy').set('If-None-Match', '"other"').expect(200)
    })
  })

  describe('the whole seed flow', () => {
    it('forgot → email → verify → policy refusal (token kept) → reset → signed in, sessions revoked', async () => {
      const fixture = makeFixture()
      const user = await fixture.addUser({ email: 'camille@example.fr', sessions: 3 })
      const accepted = await request(fixture.app)
        .post('/auth/forgot-password')
        .send({ email: '  Camille@Example.FR ', locale: 'fr' })
        .expect(202)
      expect(accepted.body).toEqual({ status: 'accepted' })
      await fixture.router.drain()
      expect(fixture.emails).toHaveLength(1)
      const email = fixture.emails[0]!
      expect(email.to).toBe('camille@example.fr')
      expect(email.locale).toBe('fr')
      expect(email.user).toBe(user)
      expect(email.url.startsWith(`${ORIGIN}/reset-password#token=`)).toBe(true)
      expect(new URL(email.url).search).toBe('')
      const token = tokenOf(email.url)

      const verified = await request(fixture.app)
        .post('/auth/reset-password/verify')
        .send({ token })
        .expect(200)
      expect(verified.body).toMatchObject({ usable: true, purpose: 'reset' })
      expect(Date.parse(verified.body.expiresAt)).toBeGreaterThan(Date.now())
      expect(verified.headers['cache-control']).toBe('no-store')
      expect(verified.headers['referrer-policy']).toBe('no-referrer')

      const weak = await request(fixture.app)
        .post('/auth/reset-password')
        .set('Accept-Language', 'fr-FR,fr;q=0.9,en;q=0.8')
        .send({ token, password: 'abc1', confirmation: 'abc1' })
        .expect(422)
      expect(weak.headers['content-type']).toMatch(/^application\/problem\+json/)
      expect(weak.headers['content-language']).toBe('fr')
      expect(weak.body).toMatchObject({
        code: 'password_policy',
        status: 422,
        title: 'Mot de passe non conforme',
      })
      const labels = (weak.body.checks as { id: string; label: string; met: boolean }[]).map(
        (c) => c.label,
      )
      expect(labels).toEqual([
        '1 lettre majuscule',
        '2 chiffres',
        '8 caractères',
        '1 caractère spécial',
      ])
      expect(weak.body.checks.every((check: { met: boolean }) => check.met === false)).toBe(true)

      // The refusal did not consume the token.
      await request(fixture.app).post('/auth/reset-password/verify').send({ token }).expect(200)

      const mismatch = await request(fixture.app)
        .post('/auth/reset-password')
        .send({ token, password: GOOD, confirmation: `${GOOD}x` })
        .expect(422)
      expect(mismatch.body).toMatchObject({ code: 'confirmation_mismatch', field: 'confirmation' })

      const done = await request(fixture.app)
        .post('/auth/reset-password')
        .send({ token, password: GOOD, confirmation: GOOD })
        .expect(200)
      expect(done.body).toEqual({ status: 'password_changed', signedIn: true })
      expect(done.headers['cache-control']).toBe('no-store')
      expect(done.headers['set-cookie']?.[0]).toMatch(/^session=u1-1;/)
      // Sessions were revoked before the fresh sign-in.
      expect(user.sessions).toBe(1)

      const signIn = await request(fixture.app)
        .post('/signin')
        .send({ email: 'camille@example.fr', password: GOOD })
      expect(signIn.status).toBe(200)

      const again = await request(fixture.app)
        .post('/auth/reset-password')
        .send({ token, password: 'Encore-un2autre3!', confirmation: 'Encore-un2autre3!' })
      expect(again.status).toBe(410)
      expect(again.body.code).toBe('token_stale')

      const names = fixture.events.map((event) => event.name)
      expect(names).toEqual([
        'requested',
        'emailSent',
        'verified',
        'failed',
        'verified',
        'failed',
        'redeemed',
        'passwordChanged',
        'failed',
      ])
      expect(fixture.events[3]!.payload).toMatchObject({
        code: 'password_policy',
        step: 'reset-password',
      })
      expect(fixture.events.at(-1)!.payload).toMatchObject({ code: 'token_stale' })
    })

    it('never puts a token, a password or an email in hook payloads, and never logs', async () => {
      const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) =>
        vi.spyOn(console, method).mockImplementation(() => undefined),
      )
      try {
        const fixture = makeFixture()
        await fixture.addUser({ email: 'secret.person@example.fr' })
        const token = await linkFor(fixture, 'secret.person@example.fr')
        await request(fixture.app)
          .post('/auth/forgot-password')
          .send({ email: 'nobody@example.fr' })
        await fixture.router.drain()
        await request(fixture.app)
          .post('/auth/reset-password')
          .send({ token, password: 'weak', confirmation: 'weak' })
        await request(fixture.app)
          .post('/auth/reset-password')
          .send({ token, password: GOOD, confirmation: GOOD })
        const dump = JSON.stringify(fixture.events)
        for (const secret of [
          token,
          token.split('.')[2]!,
          GOOD,
          'weak"',
          'secret.person',
          'nobody@',
        ]) {
          expect(dump).not.toContain(secret)
        }
        expect(fixture.events.find((event) => event.name === 'requested')!.payload).toMatchObject({
          emailHash: expect.stringMatching(/^[\w-]{16}$/),
        })
        for (const spy of spies) expect(spy).not.toHaveBeenCalled()
      } finally {
        for (const spy of spies) spy.mockRestore()
      }
    })
  })

  describe('POST /forgot-password', () => {
    const comparable = (res: request.Response) => {
      const { date: _date, ...headers } = res.headers
      return { status: res.status, body: res.body, text: res.text, headers }
    }

    it('answers known and unknown emails identically (status, body, headers except Date)', async () => {
      const fixture = makeFixture()
      await fixture.addUser({ email: 'known@example.fr' })
      const known = await request(fixture.app)
        .post('/auth/forgot-password')
        .send({ email: 'known@example.fr' })
      const unknown = await request(fixture.app)
        .post('/auth/forgot-password')
        .send({ email: 'unknown@example.fr' })
      expect(known.status).toBe(202)
      expect(comparable(unknown)).toEqual(comparable(known))
      expect(known.headers['cache-control']).toBe('no-store')
      expect(known.headers['referrer-policy']).toBe('no-referrer')
      await fixture.router.drain()
      expect(fixture.emails.map((email) => email.to)).toEqual(['known@example.fr'])
    })

    it('builds links from the configured origin, never from Host or X-Forwarded-Host', async () => {
      const fixture = makeFixture()
      fixture.app.set('trust proxy', true)
      await fixture.addUser({ email: 'host@example.fr' })
      await request(fixture.app)
        .post('/auth/forgot-password')
        .set('Host', 'evil.example')
        .set('X-Forwarded-Host', 'evil.example')
        .set('X-Forwarded-Proto', 'http')
        .send({ email: 'host@example.fr' })
        .expect(202)
      await fixture.router.drain()
      expect(new URL(fixture.emails[0]!.url).origin).toBe(ORIGIN)
    })

    it('answers before the email is sent, and isolates a failing or hanging mailer', async () => {
      let release: () => void = () => undefined
      const hanging = new Promise<void>((resolve) => {
        release = resolve
      })
      let calls = 0
      const fixture = makeFixture({
        emailTimeoutMs: 50,
        sendResetEmail: () => {
          calls += 1
          if (calls === 1) return hanging
          throw new Error('SMTP down')
        },
      })
      await fixture.addUser({ email: 'a@example.fr' })
      await fixture.addUser({ email: 'b@example.fr' })
      await request(fixture.app)
        .post('/auth/forgot-password')
        .send({ email: 'a@example.fr' })
        .expect(202)
      await request(fixture.app)
        .post('/auth/forgot-password')
        .send({ email: 'b@example.fr' })
        .expect(202)
      await fixture.router.drain()
      release()
      const failures = fixture.events
        .filter((event) => event.name === 'failed')
        .map((event) => event.payload)
      expect(failures).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ code: 'email_timeout', step: 'forgot-password' }),
          expect.objectContaining({ code: 'email_failed', step: 'forgot-password' }),
        ]),
      )
    })

    it('limits per normalised email, identically for known and unknown emails', async () => {
      const fixture = makeFixture({ rateLimit: { email: { max: 2, windowMs: 60_000 }, ip: false } })
      await fixture.addUser({ email: 'known@example.fr' })
      const send = (email: string) =>
        request(fixture.app).post('/auth/forgot-password').send({ email })
      for (const email of [
        'known@example.fr',
        'KNOWN@example.fr ',
        'unknown@example.fr',
        'unknown@example.fr',
      ]) {
        expect((await send(email)).status).toBe(202)
      }
      const known = await send('known@example.fr')
      const unknown = await send('unknown@example.fr')
      expect(known.status).toBe(429)
      expect(known.headers['content-type']).toMatch(/^application\/problem\+json/)
      expect(Number(known.headers['retry-after'])).toBeGreaterThan(0)
      expect(Number(known.headers['retry-after'])).toBeLessThanOrEqual(60)
      expect(unknown.status).toBe(429)
      expect(unknown.body).toEqual(known.body)
      const { date: _a, ...knownHeaders } = known.headers
      const { date: _b, ...unknownHeaders } = unknown.headers
      expect(unknownHeaders).toEqual(knownHeaders)
      expect(fixture.events.filter((event) => event.name === 'rateLimited')).toHaveLength(2)
    })

    it('limits per client address across emails', async () => {
      const fixture = makeFixture({ rateLimit: { ip: { max: 3, windowMs: 60_000 } } })
      const statuses: number[] = []
      for (let i = 0; i < 5; i += 1) {
        const res = await request(fixture.app)
          .post('/auth/forgot-password')
          .send({ email: `user${i}@example.fr` })
        statuses.push(res.status)
      }
      expect(statuses).toEqual([202, 202, 202, 429, 429])
    })

    it('answers 503 when the store is down', async () => {
      const broken: Store = {
        consume: () => Promise.reject(new Error('ECONNREFUSED')),
        hit: () => Promise.reject(new Error('ECONNREFUSED')),
        shutdown: () => Promise.resolve(),
      }
      const fixture = makeFixture({ store: broken })
      const res = await request(fixture.app)
        .post('/auth/forgot-password')
        .send({ email: 'a@example.fr' })
      expect(res.status).toBe(503)
      expect(res.body.code).toBe('store_unavailable')
      expect(res.text).not.toContain('ECONNREFUSED')
    })
  })

  describe('request bodies', () => {
    it('refuses a body over 16 KB with 413', async () => {
      const { app } = makeFixture()
      const res = await request(app)
        .post('/auth/forgot-password')
        .set('Content-Type', 'application/json')
        .send(JSON.stringify({ email: 'a@example.fr', pad: 'x'.repeat(17 * 1024) }))
      expect(res.status).toBe(413)
      expect(res.body).toMatchObject({ code: 'payload_too_large', status: 413 })
    })

    it('refuses another content type with 415', async () => {
      const { app } = makeFixture()
      const res = await request(app)
        .post('/auth/reset-password/verify')
        .set('Content-Type', 'application/x-www-form-urlencoded')
        .send('token=abc')
      expect(res.status).toBe(415)
      expect(res.body.code).toBe('unsupported_media_type')
    })

    it('refuses malformed JSON with 400, without a stack trace', async () => {
      const { app } = makeFixture()
      const res = await request(app)
        .post('/auth/forgot-password')
        .set('Content-Type', 'application/json')
        .set('Accept-Language', 'fr')
        .send('{"email": ')
      expect(res.status).toBe(400)
      expect(res.body).toEqual({
        type: 'urn:sesame:problem:malformed_json',
        title: 'JSON mal formé',
        status: 400,
        detail: expect.any(String),
        code: 'malformed_json',
      })
      expect(res.text).not.toMatch(/at .*\.(ts|js):\d+/)
    })

    it.each([
      ['/auth/forgot-password', {}, 'email', 'missing'],
      ['/auth/forgot-password', { email: 42 }, 'email', 'not_string'],
      ['/auth/forgot-password', { email: `${'a'.repeat(250)}@b.fr` }, 'email', 'too_long'],
      ['/auth/forgot-password', { email: 'a@b.fr', locale: ['fr'] }, 'locale', 'not_string'],
      ['/auth/reset-password/verify', { token: 'x'.repeat(4097) }, 'token', 'too_long'],
      ['/auth/reset-password/verify', { token: null }, 'token', 'missing'],
    ])('POST %s %j → 400 naming the field', async (path, body, field, reason) => {
      const { app } = makeFixture()
      const res = await request(app).post(path).send(body)
      expect(res.status).toBe(400)
      expect(res.body).toMatchObject({ code: 'invalid_field', field, errors: [{ field, reason }] })
    })

    it('refuses a JSON array body with 400', async () => {
      const { app } = makeFixture()
      const res = await request(app)
        .post('/auth/forgot-password')
        .send([{ email: 'a@b.fr' }])
      expect(res.status).toBe(400)
      expect(res.body.code).toBe('invalid_field')
    })

    it('names a missing password or confirmation field once the token checks out', async () => {
      const fixture = makeFixture()
      await fixture.addUser({ email: 'f@example.fr' })
      const token = await linkFor(fixture, 'f@example.fr')
      const noPassword = await request(fixture.app).post('/auth/reset-password').send({ token })
      expect(noPassword.body).toMatchObject({ status: 400, field: 'password' })
      const noConfirmation = await request(fixture.app)
        .post('/auth/reset-password')
        .send({ token, password: GOOD })
      expect(noConfirmation.body).toMatchObject({ status: 400, field: 'confirmation' })
      const tooLong = await request(fixture.app)
        .post('/auth/reset-password')
        .send({ token, password: 'A1!a'.repeat(1025), confirmation: 'x' })
      expect(tooLong.body).toMatchObject({
        status: 400,
        field: 'password',
        errors: [{ reason: 'too_long' }],
      })
    })

    it('works behind an app-level express.json()', async () => {
      const fixture = makeFixture({ upstreamJson: true })
      await fixture.addUser({ email: 'j@example.fr' })
      const token = await linkFor(fixture, 'j@example.fr')
      await request(fixture.app)
        .post('/auth/reset-password')
        .send({ token, password: GOOD, confirmation: GOOD })
        .expect(200)
    })
  })

  describe('tokens', () => {
    it('refuses an expired token (410 token_expired)', async () => {
      const fixture = makeFixture()
      await fixture.addUser({ email: 'e@example.fr' })
      const token = await linkFor(fixture, 'e@example.fr')
      clock.offsetMs = 31 * 60_000
      const res = await request(fixture.app).post('/auth/reset-password/verify').send({ token })
      expect(res.status).toBe(410)
      expect(res.body.code).toBe('token_expired')
    })

    it('refuses a token made stale by a password change elsewhere (410 token_stale)', async () => {
      const fixture = makeFixture()
      const user = await fixture.addUser({ email: 's@example.fr' })
      const token = await linkFor(fixture, 's@example.fr')
      user.passwordHash = 'changed-elsewhere'
      const res = await request(fixture.app)
        .post('/auth/reset-password')
        .send({ token, password: GOOD, confirmation: GOOD })
      expect(res.status).toBe(410)
      expect(res.body.code).toBe('token_stale')
    })

    it('refuses forged and malformed tokens', async () => {
      const fixture = makeFixture()
      await fixture.addUser({ email: 'g@example.fr' })
      const token = await linkFor(fixture, 'g@example.fr')
      const [header, payload, signature] = token.split('.') as [string, string, string]
      const flipped = `${header}.${payload}.${signature[0] === 'A' ? 'B' : 'A'}${signature.slice(1)}`
      const foreign = (
        await makeTokens('reset', 'another-secret-of-at-least-32-bytes-long!!').issue({
          subject: 'u1',
          state: 'x',
        })
      ).token
      for (const [candidate, code] of [
        [flipped, 'token_invalid'],
        [foreign, 'token_invalid'],
        ['not-a-token', 'token_malformed'],
      ] as const) {
        const res = await request(fixture.app)
          .post('/auth/reset-password/verify')
          .send({ token: candidate })
        expect(res.body.code).toBe(code)
        expect(res.status).toBe(400)
      }
    })

    it('refuses a second use through the store when the credential state did not change (409 token_used)', async () => {
      const fixture = makeFixture({ constantState: true })
      await fixture.addUser({ email: 'twice@example.fr' })
      const token = await linkFor(fixture, 'twice@example.fr')
      const body = { token, password: GOOD, confirmation: GOOD }
      await request(fixture.app).post('/auth/reset-password').send(body).expect(200)
      const second = await request(fixture.app).post('/auth/reset-password').send(body)
      expect(second.status).toBe(409)
      expect(second.body.code).toBe('token_used')
    })

    it('answers 503 and consumes nothing when the store fails at redeem time', async () => {
      const real = memoryStore()
      let down = true
      const flaky: Store = {
        consume: (key, ttl) => (down ? Promise.reject(new Error('down')) : real.consume(key, ttl)),
        hit: (key, windowMs) => real.hit(key, windowMs),
        shutdown: () => real.shutdown(),
      }
      const fixture = makeFixture({ store: flaky })
      const user = await fixture.addUser({ email: 'flaky@example.fr' })
      const before = user.passwordHash
      const token = await linkFor(fixture, 'flaky@example.fr')
      const body = { token, password: GOOD, confirmation: GOOD }
      const failed = await request(fixture.app).post('/auth/reset-password').send(body)
      expect(failed.status).toBe(503)
      expect(user.passwordHash).toBe(before)
      down = false
      await request(fixture.app).post('/auth/reset-password').send(body).expect(200)
    })

    it('uses the policy context (notContextual) from the account', async () => {
      const fixture = makeFixture({ policy: strictPolicy })
      await fixture.addUser({ email: 'dominique@example.fr', name: 'Dominique' })
      const token = await linkFor(fixture, 'dominique@example.fr')
      const res = await request(fixture.app)
        .post('/auth/reset-password')
        .send({ token, password: 'Dominique-12!', confirmation: 'Dominique-12!' })
      expect(res.status).toBe(422)
      expect(res.body.checks.map((check: { id: string }) => check.id)).toEqual(['notContextual'])
    })
  })

  describe('migrated accounts (first sign-in)', () => {
    it('answers password_update_required with an update token usable on /reset-password', async () => {
      const fixture = makeFixture()
      const user = await fixture.addUser({
        email: 'migrated@example.fr',
        status: 'update_required',
        sessions: 0,
      })
      const signIn = await request(fixture.app)
        .post('/signin')
        .set('Accept-Language', 'fr')
        .send({ email: 'migrated@example.fr', password: 'Ancien-mot2passe!' })
      expect(signIn.status).toBe(403)
      expect(signIn.body).toMatchObject({
        code: 'password_update_required',
        title: 'Mise à jour du mot de passe requise',
        updateToken: expect.any(String),
      })
      expect(user.sessions).toBe(0)
      const updateToken = signIn.body.updateToken as string
      const verified = await request(fixture.app)
        .post('/auth/reset-password/verify')
        .send({ token: updateToken })
      expect(verified.body).toMatchObject({ usable: true, purpose: 'update' })
      await request(fixture.app)
        .post('/auth/reset-password')
        .send({ token: updateToken, password: GOOD, confirmation: GOOD })
        .expect(200)
      expect(user.status).toBe('ok')
      const again = await request(fixture.app)
        .post('/signin')
        .send({ email: 'migrated@example.fr', password: GOOD })
      expect(again.status).toBe(200)
    })

    it('points an account without a usable password to forgot-password', async () => {
      const fixture = makeFixture()
      await fixture.addUser({ email: 'nopass@example.fr', status: 'none', passwordHash: '!' })
      const res = await request(fixture.app)
        .post('/signin')
        .send({ email: 'nopass@example.fr', password: 'x' })
      expect(res.status).toBe(403)
      expect(res.body).toMatchObject({
        code: 'password_reset_required',
        forgotPassword: 'forgot-password',
      })
    })

    it('refuses an update token where only reset tokens are accepted', async () => {
      const fixture = makeFixture({ resetTokensOnly: true })
      const user = await fixture.addUser({ email: 'u@example.fr' })
      const { token } = await makeTokens('update').issue({
        subject: user.id,
        state: user.passwordHash,
      })
      const res = await request(fixture.app).post('/auth/reset-password/verify').send({ token })
      expect(res.status).toBe(400)
      expect(res.body.code).toBe('token_invalid')
    })
  })
})

describe(`oversize uploads on Express ${EXPRESS_MAJOR}`, () => {
  it('answers 413 to a large chunked body without waiting for all of it, and closes the connection', async () => {
    const { app } = makeFixture()
    const server = app.listen(0, '127.0.0.1')
    await new Promise<void>((resolve) => server.once('listening', () => resolve()))
    try {
      const { port } = server.address() as AddressInfo
      const answer = await new Promise<{
        status: number
        connection: string | undefined
        body: string
      }>((resolve, reject) => {
        const req = http.request(
          {
            host: '127.0.0.1',
            port,
            path: '/auth/forgot-password',
            method: 'POST',
            headers: { 'content-type': 'application/json' },
          },
          (res) => {
            let body = ''
            res.setEncoding('utf8')
            res.on('data', (chunk: string) => {
              body += chunk
            })
            res.on('end', () =>
              resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, body }),
            )
          },
        )
        req.on('error', reject)
        // Chunked (no Content-Length): 20 KB now, and the body is never finished by the client.
        req.write(`{"email":"${'a'.repeat(20 * 1024)}`)
      })
      expect(answer.status).toBe(413)
      expect(answer.connection).toBe('close')
      expect(JSON.parse(answer.body).code).toBe('payload_too_large')
    } finally {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    }
  })
})
