import { definePolicy, type Policy, PolicyError } from '@sesame/core'
import { de, en } from '@sesame/server/locales'
import express from 'express'
import request from 'supertest'
import { describe, expect, it } from 'vitest'
import {
  passwordReset,
  requireResetToken,
  validatePassword,
  verifiedResetToken,
} from '../src/index'
import { EXPRESS_MAJOR, makeFixture, makeTokens, ORIGIN, policy, tokenOf } from './fixture'

describe(`composable middleware on Express ${EXPRESS_MAJOR}`, () => {
  it('validatePassword compiles the pattern rules of a JSON policy at setup, or refuses it', async () => {
    const rule = {
      type: 'pattern',
      id: 'noSpace',
      flags: '',
      mustMatch: false,
      messages: { en: 'no space' },
    }
    const json = { version: 1, rules: [{ ...rule, source: '\\s' }] } as Policy
    const app = express()
    app.post('/signup', validatePassword(json, { confirmationField: false }), (_req, res) => {
      res.status(201).end()
    })
    const refused = await request(app).post('/signup').send({ password: 'a b' })
    expect(refused.status).toBe(422)
    expect(refused.body.checks.map((check: { id: string }) => check.id)).toEqual(['noSpace'])
    await request(app).post('/signup').send({ password: 'ab' }).expect(201)
    const unsafe = { version: 1, rules: [{ ...rule, source: '(\\w)\\1' }] } as Policy
    expect(() => validatePassword(unsafe)).toThrow(PolicyError)
  })

  it('validatePassword guards a sign-up route with the same 422 problem', async () => {
    const app = express()
    app.post(
      '/signup',
      validatePassword(policy, { context: (req) => ({ email: req.body.email }) }),
      (_req, res) => {
        res.status(201).json({ created: true })
      },
    )
    const weak = await request(app)
      .post('/signup')
      .set('Accept-Language', 'en')
      .send({ email: 'a@b.fr', password: 'short', confirmation: 'short' })
    expect(weak.status).toBe(422)
    expect(weak.body.code).toBe('password_policy')
    expect(weak.body.checks.map((check: { label: string }) => check.label)).toEqual([
      '1 uppercase letter',
      '2 digits',
      '8 characters',
      '1 special character',
    ])
    await request(app)
      .post('/signup')
      .send({ email: 'a@b.fr', password: 'Valide-12!x', confirmation: 'Valide-12!x' })
      .expect(201)
  })

  it('validatePassword answers in the catalogue negotiated among its own', async () => {
    const app = express()
    app.post('/signup', validatePassword(policy, { catalogues: [en, de] }), (_req, res) => {
      res.status(201).end()
    })
    const weak = await request(app)
      .post('/signup')
      .set('Accept-Language', 'de-AT, fr;q=0.5')
      .send({ password: 'short', confirmation: 'short' })
    expect(weak.status).toBe(422)
    expect(weak.headers['content-language']).toBe('de')
    expect(weak.body.title).toBe('Passwort zu schwach')
    expect(weak.body.checks.map((check: { label: string }) => check.label)).toEqual([
      '1 Großbuchstabe',
      '2 Ziffern',
      '8 Zeichen',
      '1 Sonderzeichen',
    ])
  })

  it('validatePassword works without a confirmation field and with a custom field name', async () => {
    const app = express()
    app.post(
      '/change',
      validatePassword(policy, { field: 'newPassword', confirmationField: false }),
      (_req, res) => {
        res.json({ ok: true })
      },
    )
    await request(app).post('/change').send({ newPassword: 'Valide-12!x' }).expect(200)
    const missing = await request(app).post('/change').send({ password: 'Valide-12!x' })
    expect(missing.body).toMatchObject({ status: 400, field: 'newPassword' })
  })

  it('completes async rules on the server: notCommon, and notBreached through the given checker', async () => {
    const strict = definePolicy({
      version: 1,
      rules: [{ type: 'length', min: 8 }, { type: 'notCommon' }, { type: 'notBreached' }],
    })
    const breached = new Set(['correct-horse-battery'])
    const app = express()
    app.post(
      '/signup',
      validatePassword(strict, {
        confirmationField: false,
        checkOptions: {
          breach: {
            check: async (password) => ({
              breached: breached.has(password),
              count: breached.has(password) ? 7 : 0,
            }),
          },
        },
      }),
      (_req, res) => {
        res.json({ ok: true })
      },
    )
    const common = await request(app).post('/signup').send({ password: 'password123' })
    expect(common.body.checks.map((check: { id: string }) => check.id)).toEqual(['notCommon'])
    const pwned = await request(app).post('/signup').send({ password: 'correct-horse-battery' })
    expect(pwned.body.checks.map((check: { id: string }) => check.id)).toEqual(['notBreached'])
    await request(app).post('/signup').send({ password: 'tranquille-orange-pivert' }).expect(200)
  })

  it('refuses a password when a notBreached rule has no checker (fails closed)', async () => {
    const strict = definePolicy({ version: 1, rules: [{ type: 'notBreached' }] })
    const app = express()
    app.post('/signup', validatePassword(strict, { confirmationField: false }), (_req, res) => {
      res.json({ ok: true })
    })
    const res = await request(app).post('/signup').send({ password: 'tranquille-orange-pivert' })
    expect(res.status).toBe(422)
    expect(res.body.checks[0]).toMatchObject({ id: 'notBreached', met: null, pending: true })
  })

  it('requireResetToken reads an Authorization: Bearer token and attaches the claims', async () => {
    const tokens = makeTokens()
    const app = express()
    app.post(
      '/own-reset',
      requireResetToken(tokens, { from: 'header', state: 'state-1' }),
      (_req, res) => {
        res.json({ subject: verifiedResetToken(res)!.subject })
      },
    )
    const { token } = await tokens.issue({ subject: 'u42', state: 'state-1' })
    const ok = await request(app).post('/own-reset').set('Authorization', `Bearer ${token}`)
    expect(ok.body).toEqual({ subject: 'u42' })
    const stale = await request(app)
      .post('/own-reset')
      .set(
        'Authorization',
        `Bearer ${(await tokens.issue({ subject: 'u42', state: 'old' })).token}`,
      )
    expect(stale.status).toBe(410)
    expect(stale.body.code).toBe('token_stale')
    const missing = await request(app).post('/own-reset')
    expect(missing.body).toMatchObject({ status: 400, field: 'authorization' })
  })

  it('builds query-string links when asked, and refuses a relative origin', async () => {
    const fixture = makeFixture({
      resetUrl: { origin: `${ORIGIN}/app/`, path: 'reset', placement: 'query' },
    })
    await fixture.addUser({ email: 'q@example.fr' })
    await request(fixture.app)
      .post('/auth/forgot-password')
      .send({ email: 'q@example.fr' })
      .expect(202)
    await fixture.router.drain()
    const url = new URL(fixture.emails[0]!.url)
    expect(url.origin + url.pathname).toBe(`${ORIGIN}/app/reset`)
    expect(url.searchParams.get('token')).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/)
    expect(() => passwordReset({ ...fixtureOptions(), resetUrl: { origin: '/relative' } })).toThrow(
      expect.objectContaining({ code: 'invalid_config' }),
    )
  })

  it('refuses incomplete options and bad limits when the router is created', () => {
    const { users: _users, ...noUsers } = fixtureOptions()
    expect(() => passwordReset(noUsers as unknown as ReturnType<typeof fixtureOptions>)).toThrow(
      /users/,
    )
    expect(() =>
      passwordReset({ ...fixtureOptions(), rateLimit: { email: { max: 0, windowMs: 1000 } } }),
    ).toThrow(expect.objectContaining({ code: 'invalid_config' }))
  })

  it('refuses update tokens that share the reset purpose', () => {
    expect(() => passwordReset({ ...fixtureOptions(), updateTokens: makeTokens('reset') })).toThrow(
      expect.objectContaining({ code: 'invalid_config' }),
    )
  })
})

function fixtureOptions() {
  return {
    policy,
    tokens: makeTokens(),
    users: {
      findByEmail: () => null,
      findById: () => null,
      credentialState: () => 'x',
      setPassword: () => undefined,
    },
    sendResetEmail: () => undefined,
    resetUrl: { origin: ORIGIN },
  }
}

describe(`router options on Express ${EXPRESS_MAJOR}`, () => {
  const GOOD = 'Options-12!ok'

  async function tokenFor(fixture: ReturnType<typeof makeFixture>, email: string): Promise<string> {
    await request(fixture.app).post('/auth/forgot-password').send({ email }).expect(202)
    await fixture.router.drain()
    return tokenOf(fixture.emails.at(-1)!.url)
  }

  it('keeps sessions and skips sign-in when told to', async () => {
    const fixture = makeFixture({ revokeSessions: false, signIn: false })
    const user = await fixture.addUser({ email: 'keep@example.fr', sessions: 2 })
    const token = await tokenFor(fixture, 'keep@example.fr')
    const res = await request(fixture.app)
      .post('/auth/reset-password')
      .send({ token, password: GOOD, confirmation: GOOD })
    expect(res.body).toEqual({ status: 'password_changed', signedIn: false })
    expect(res.headers['set-cookie']).toBeUndefined()
    expect(user.sessions).toBe(2)
    const changed = fixture.events.find((event) => event.name === 'passwordChanged')
    expect(changed?.payload).toMatchObject({ sessionsRevoked: false })
  })

  it('regenerates an express-session session before signing in', async () => {
    const fixture = makeFixture()
    const order: string[] = []
    const app = express()
    app.use((req, _res, next) => {
      ;(req as unknown as { session: unknown }).session = {
        regenerate(done: (error?: unknown) => void) {
          order.push('regenerate')
          done()
        },
      }
      next()
    })
    app.use((_req, res, next) => {
      const end = res.end.bind(res)
      res.end = ((...args: Parameters<typeof res.end>) => {
        if (res.getHeader('set-cookie')) order.push('signIn')
        return end(...args)
      }) as typeof res.end
      next()
    })
    app.use(fixture.app)
    await fixture.addUser({ email: 'session@example.fr' })
    const token = await tokenFor(fixture, 'session@example.fr')
    await request(app)
      .post('/auth/reset-password')
      .send({ token, password: GOOD, confirmation: GOOD })
      .expect(200)
    expect(order).toEqual(['regenerate', 'signIn'])
  })

  it('does not let a throwing hook change a response', async () => {
    const warnings: string[] = []
    const onWarning = (warning: Error) => warnings.push(warning.message)
    process.on('warning', onWarning)
    try {
      const fixture = makeFixture({
        hooks: {
          requested: () => {
            throw new Error('audit log down')
          },
          verified: () => Promise.reject(new Error('audit log down')),
        },
      })
      await fixture.addUser({ email: 'hooks@example.fr' })
      const token = await tokenFor(fixture, 'hooks@example.fr')
      await request(fixture.app).post('/auth/reset-password/verify').send({ token }).expect(200)
      await new Promise((resolve) => setImmediate(resolve))
      expect(warnings.filter((message) => message.includes('hook failed'))).toHaveLength(2)
      expect(warnings.join()).not.toContain('hooks@example.fr')
    } finally {
      process.off('warning', onWarning)
    }
  })

  it('still answers 202 when the background queue is full, and reports it', async () => {
    const fixture = makeFixture({ queue: { maxPending: 0 } })
    await fixture.addUser({ email: 'full@example.fr' })
    await request(fixture.app)
      .post('/auth/forgot-password')
      .send({ email: 'full@example.fr' })
      .expect(202)
    await fixture.router.drain()
    expect(fixture.emails).toHaveLength(0)
    expect(fixture.events.map((event) => event.payload)).toContainEqual({
      code: 'queue_full',
      step: 'forgot-password',
    })
  })
})
