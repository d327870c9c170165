// Sign-up, invitations and reset codes through the handler itself (the HTTP behaviour of every
// binding is in the behaviour suite): the admin invite API, the limits of the codes, and the
// computation that shows their brute force infeasible.
import { isSesameError } from '@sesame/core'
import { RESET_CODE_LENGTH } from '@sesame/core/wire'
import { describe, expect, it } from 'vitest'
import {
  createHandler,
  DEFAULT_RATE_LIMITS,
  DEFAULT_RESET_CODE_LIMITS,
  memoryStore,
  redisStore,
  type SesameRequest,
} from '../src/index'
import { en } from '../src/locales/index'
import { randomCode } from '../src/reset-codes'
import { suiteFixture, tokenOf } from '../src/testing/index'
import { suiteTokens } from '../src/testing/lib/fixture'
import { jsonRequest, minimalOptions } from './helpers'

const GOOD = 'Nouveau-m0t2passe!'
const DAY_MS = 24 * 60 * 60_000

// A handler's own catalogue: its refusals must not fall back to the built-in English.
const SWEDISH = {
  ...en,
  locale: 'sv',
  server: {
    ...en.server,
    problems: {
      ...en.server.problems,
      password_policy: { title: 'Lösenordet räcker inte', detail: 'Se reglerna.' },
    },
  },
}
const SWEDISH_REFUSAL = { code: 'password_policy', title: 'Lösenordet räcker inte' }

function swedishPost(path: string, body: unknown): SesameRequest {
  const request = jsonRequest(path, body)
  return { ...request, headers: { ...request.headers, 'accept-language': 'sv-SE' } }
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (error: unknown) => error,
  )
}

describe('handler.invite', () => {
  it('issues a 7-day invite link for an existing account and sends the invite email', async () => {
    const fixture = suiteFixture()
    const user = fixture.add('invitee@example.fr', { password: '', activated: false })
    const handler = createHandler(fixture.options)
    const before = Date.now()
    const invitation = await handler.invite({
      email: ' Invitee@Example.fr',
      name: 'Client. URGENT: https://evil.example/login',
      locale: 'fr',
    })
    expect(invitation.userId).toBe(user.id)
    expect(invitation.sent).toBe(true)
    expect(invitation.expiresAt.getTime() - before).toBeGreaterThan(7 * DAY_MS - 60_000)
    const email = fixture.mail[0]!
    expect(email.kind).toBe('invite')
    expect(email.locale).toBe('fr')
    expect(email.kind === 'invite' && email.name).toBe('Client. URGENT:')
    const token = tokenOf(email.kind === 'invite' ? email.url : '')
    const verified = await handler.handle(jsonRequest('/reset-password/verify', { token }))
    expect(JSON.parse(String(verified.body))).toMatchObject({ purpose: 'invite' })
    expect(fixture.events.map((event) => event.name)).toContain('invited')
    await handler.shutdown()
  })

  it('refuses an unknown address, bad input, and a handler without inviteTokens', async () => {
    const fixture = suiteFixture()
    const handler = createHandler(fixture.options)
    for (const input of [
      { email: 'nobody@example.fr' },
      { email: '' },
      { email: `${'a'.repeat(250)}@e.fr` },
      { email: 'x@example.fr', name: 'n'.repeat(101) },
      null,
    ]) {
      const error = await rejection(handler.invite(input as never))
      expect(isSesameError(error, 'invalid_input')).toBe(true)
    }
    const { inviteTokens: _unused, ...rest } = fixture.options
    const without = createHandler(rest)
    expect(
      isSesameError(await rejection(without.invite({ email: 'a@b.fr' })), 'invalid_config'),
    ).toBe(true)
    expect((await without.handle(jsonRequest('/accept-invitation', { token: 'x' }))).status).toBe(
      404,
    )
    await handler.shutdown()
    await without.shutdown()
  })

  it("answers a refused first password in the handler's own catalogue", async () => {
    const fixture = suiteFixture()
    fixture.add('invitee@example.fr', { password: '', activated: false })
    const handler = createHandler({ ...fixture.options, catalogues: [en, SWEDISH] })
    await handler.invite({ email: 'invitee@example.fr' })
    const email = fixture.mail[0]!
    const token = tokenOf(email.kind === 'invite' ? email.url : '')
    const reply = await handler.handle(
      swedishPost('/accept-invitation', { token, password: 'short', confirmation: 'short' }),
    )
    expect(reply.status).toBe(422)
    expect(JSON.parse(String(reply.body))).toMatchObject(SWEDISH_REFUSAL)
    await handler.shutdown()
  })

  it('refuses, at creation, invite tokens that share another link’s purpose', () => {
    const fixture = suiteFixture()
    expect(() => suiteTokens(fixture.clock, 'invite').ttl).not.toThrow()
    expect(() =>
      createHandler({ ...fixture.options, inviteTokens: suiteTokens(fixture.clock, 'reset') }),
    ).toThrow(/purpose/)
  })
})

describe('sign-up configuration', () => {
  it('is a 404 without users.create, and needs activate/isActivated for activation links', () => {
    const handler = createHandler(minimalOptions())
    return handler
      .handle(jsonRequest('/sign-up', { email: 'a@b.fr', password: GOOD, confirmation: GOOD }))
      .then((reply) => expect(reply.status).toBe(404))
  })

  it("answers a refused password in the handler's own catalogue", async () => {
    const fixture = suiteFixture()
    const handler = createHandler({ ...fixture.options, catalogues: [en, SWEDISH] })
    const reply = await handler.handle(
      swedishPost('/sign-up', {
        email: 'new@example.fr',
        password: 'short',
        confirmation: 'short',
      }),
    )
    expect(reply.status).toBe(422)
    expect(JSON.parse(String(reply.body))).toMatchObject(SWEDISH_REFUSAL)
    await handler.shutdown()
  })

  it('refuses sign-up without activation links unless requireActivation: false says so', () => {
    const fixture = suiteFixture()
    const { activationTokens: _t, ...rest } = fixture.options
    expect(() => createHandler(rest)).toThrow(/requireActivation/)
    expect(() => createHandler({ ...rest, requireActivation: false })).not.toThrow()
  })

  it('refuses activation links without users.activate', () => {
    const fixture = suiteFixture()
    const { activate: _a, ...users } = fixture.options.users
    expect(() => createHandler({ ...fixture.options, users })).toThrow(/activate/)
  })
})

describe('reset codes', () => {
  it('are uniform 8-digit strings from the platform CSPRNG', () => {
    const counts = new Array<number>(10).fill(0)
    const seen = new Set<string>()
    for (let i = 0; i < 4000; i += 1) {
      const code = randomCode()
      expect(code).toMatch(new RegExp(`^\\d{${RESET_CODE_LENGTH}}$`))
      seen.add(code)
      for (const digit of code) counts[Number(digit)]! += 1
    }
    expect(seen.size).toBeGreaterThan(3990)
    // 32 000 digits: each of the ten within ±12 % of its expected 3 200 (a chi-square would be finer).
    for (const n of counts) expect(Math.abs(n - 3200)).toBeLessThan(384)
  })

  it('brute force is infeasible under the default limits: P(success in a day) ≤ 1e-6', () => {
    const codesPerDay =
      DEFAULT_RATE_LIMITS.email.max * (DAY_MS / DEFAULT_RATE_LIMITS.email.windowMs)
    const triesPerDay = Math.min(
      DEFAULT_RESET_CODE_LIMITS.attempts * codesPerDay,
      DEFAULT_RESET_CODE_LIMITS.dailyAttempts,
    )
    const probability = triesPerDay / 10 ** RESET_CODE_LENGTH
    expect(codesPerDay).toBe(288)
    expect(triesPerDay).toBe(10)
    expect(probability).toBeLessThanOrEqual(1e-6)
    // Without the daily cap, the per-code tries alone would allow 1 440 tries a day: 1.4e-5.
    expect(
      (DEFAULT_RESET_CODE_LIMITS.attempts * codesPerDay) / 10 ** RESET_CODE_LENGTH,
    ).toBeGreaterThan(1e-6)
  })

  it('the daily cap holds across fresh codes: past it, even the right code is refused', async () => {
    const fixture = suiteFixture({ rateLimit: false, resetCodes: { dailyAttempts: 3 } })
    fixture.add('daily@example.fr')
    const handler = createHandler(fixture.options)
    const codeFor = async (): Promise<string> => {
      await handler.handle(jsonRequest('/forgot-password', { email: 'daily@example.fr' }))
      await handler.drain()
      const sent = fixture.mail.at(-1)
      return sent?.kind === 'reset' ? (sent.code ?? '') : ''
    }
    const tryCode = async (code: string) =>
      (
        await handler.handle(
          jsonRequest('/reset-password', {
            email: 'daily@example.fr',
            code,
            password: GOOD,
            confirmation: GOOD,
          }),
        )
      ).status
    const first = await codeFor()
    expect(await tryCode(first === '00000000' ? '00000001' : '00000000')).toBe(400)
    expect(await tryCode(first === '00000001' ? '00000002' : '00000001')).toBe(400)
    const fresh = await codeFor()
    expect(await tryCode(fresh === '00000003' ? '00000004' : '00000003')).toBe(400)
    expect(await tryCode(fresh)).toBe(400)
    await handler.shutdown()
  })

  it('reach an app on the older sendResetEmail form too, and work there', async () => {
    const fixture = suiteFixture({ rateLimit: false })
    fixture.add('legacy@example.fr')
    const received: { code?: string }[] = []
    const { sendEmail: _unused, ...rest } = fixture.options
    const handler = createHandler({
      ...rest,
      sendResetEmail: (message) => {
        received.push(message)
      },
    })
    await handler.handle(jsonRequest('/forgot-password', { email: 'legacy@example.fr' }))
    await handler.drain()
    const code = received.at(-1)?.code
    expect(code).toMatch(new RegExp(`^\\d{${RESET_CODE_LENGTH}}$`))
    const done = await handler.handle(
      jsonRequest('/reset-password', {
        email: 'legacy@example.fr',
        code,
        password: GOOD,
        confirmation: GOOD,
      }),
    )
    expect(done.status).toBe(200)
    await handler.shutdown()
  })

  it('are off with resetCodes: false, and need a secret with a shared store', () => {
    const fixture = suiteFixture({ resetCodes: false })
    fixture.add('off@example.fr')
    const handler = createHandler(fixture.options)
    const shared = redisStore({ sendCommand: () => Promise.resolve(null) })
    expect(() => createHandler({ ...fixture.options, store: shared, resetCodes: {} })).toThrow(
      /secret/,
    )
    expect(() =>
      createHandler({ ...fixture.options, store: shared, resetCodes: { secret: 'short' } }),
    ).toThrow(/32 bytes/)
    expect(() => createHandler({ ...fixture.options, resetCodes: { attempts: 11 } })).toThrow(
      /attempts/,
    )
    // A shared store without a secret: codes quietly off, links unchanged.
    expect(() => createHandler({ ...fixture.options, store: shared })).not.toThrow()
    expect(() => createHandler({ ...fixture.options, store: memoryStore() })).not.toThrow()
    return handler
      .handle(jsonRequest('/forgot-password', { email: 'off@example.fr' }))
      .then(() => handler.drain())
      .then(() => {
        const sent = fixture.mail[0]
        expect(sent?.kind === 'reset' && sent.code).toBeUndefined()
        return handler.shutdown()
      })
  })
})
