import { checkPassword, definePolicy, presets } from '@sesame/core'
import { describe, expect, test } from 'vitest'
import { createSesameClient, isProblemError, ProblemError } from '../src/index'
import { fakeServer, json, problem } from './helpers/fake-server'

describe('createSesameClient', () => {
  test('talks to the four routes of the real handler with the wire bodies', async () => {
    const server = fakeServer()
    const client = createSesameClient({
      baseUrl: '/auth/',
      fetch: server.fetch,
      headers: { 'x-csrf': 't' },
    })
    expect(await client.getPolicy()).toEqual(presets.classic)
    await client.forgotPassword('marie@example.com', { locale: 'fr' })
    const verified = await client.verifyResetToken('tok')
    expect(verified).toEqual({ usable: true, purpose: 'reset', expiresAt: expect.any(String) })
    expect(Date.parse(verified.expiresAt!)).toBeGreaterThan(Date.now())
    const good = 'Nouveau-m0t2passe!'
    expect(
      await client.resetPassword({ token: 'tok', password: good, confirmation: good }),
    ).toEqual({
      status: 'password_changed',
      signedIn: true,
    })
    expect(server.calls.map((call) => `${call.method} ${call.url}`)).toEqual([
      'GET /auth/policy',
      'POST /auth/forgot-password',
      'POST /auth/reset-password/verify',
      'POST /auth/reset-password',
    ])
    expect(server.calls[1]?.headers).toMatchObject({
      'content-type': 'application/json',
      'accept-language': 'fr',
      'x-csrf': 't',
    })
    expect(server.calls[1]?.body).toEqual({ email: 'marie@example.com', locale: 'fr' })
    expect(server.calls[0]?.headers['content-type']).toBeUndefined()
  })

  test('turns the server’s problem+json answers into ProblemErrors with code and checks', async () => {
    const client = createSesameClient({ baseUrl: '/auth', fetch: fakeServer().fetch })
    const weak = await client
      .resetPassword({ token: 't', password: 'abc1', confirmation: 'abc1' }, { locale: 'fr' })
      .catch((e: unknown) => e)
    expect(isProblemError(weak)).toBe(true)
    expect(weak).toMatchObject({
      status: 422,
      code: 'password_policy',
      message: 'Mot de passe non conforme',
    })
    expect((weak as ProblemError).checks?.map((check) => check.id)).toEqual([
      'uppercase',
      'digits',
      'length',
      'special',
    ])
    const forged = await client.verifyResetToken('not-a-token').catch((e: unknown) => e)
    expect(forged).toMatchObject({ status: 400, code: 'token_malformed' })
    const missing = await client.forgotPassword('').catch((e: unknown) => e)
    expect(missing).toMatchObject({ status: 400, code: 'invalid_field' })
    const wrong = createSesameClient({ baseUrl: '/auth/nowhere', fetch: fakeServer().fetch })
    await expect(wrong.getPolicy()).rejects.toMatchObject({ status: 404, code: 'not_found' })
  })

  test('keeps a code the client does not know, as the server sent it', async () => {
    const server = fakeServer({ 'POST /auth/reset-password': () => problem(418, 'custom_code') })
    const client = createSesameClient({ baseUrl: '/auth', fetch: server.fetch })
    const error = await client.resetPassword({ token: 't', password: 'p' }).catch((e: unknown) => e)
    expect(error).toMatchObject({ status: 418, code: 'custom_code' })
  })

  test('names a network failure and a body-less error', async () => {
    const offline = createSesameClient({
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
    })
    await expect(offline.forgotPassword('a@b.c')).rejects.toMatchObject({
      status: 0,
      code: 'network_error',
    })
    const bare = createSesameClient({
      fetch: async () => new Response('oops', { status: 502 }),
    })
    await expect(bare.verifyResetToken('t')).rejects.toMatchObject({
      status: 502,
      code: 'http_502',
    })
  })

  test('lets an abort through unchanged', async () => {
    const controller = new AbortController()
    controller.abort()
    const client = createSesameClient({ fetch: fakeServer().fetch })
    const error = await client.getPolicy({ signal: controller.signal }).catch((e: unknown) => e)
    expect(error).not.toBeInstanceOf(ProblemError)
    expect((error as Error).name).toBe('AbortError')
  })

  test('refuses an answer that is not a policy, and accepts one wrapped in { policy }', async () => {
    const wrapped = createSesameClient({
      fetch: async () => json({ policy: presets.classic }),
    })
    expect(await wrapped.getPolicy()).toEqual(presets.classic)
    const wrong = createSesameClient({ fetch: async () => json({ hello: 1 }) })
    await expect(wrong.getPolicy()).rejects.toMatchObject({ code: 'invalid_policy' })
  })

  test('uses the pattern programs of the JSON policy as served, and refuses a policy without them', async () => {
    const rule = {
      type: 'pattern',
      id: 'noSpace',
      source: '\\s',
      flags: '',
      mustMatch: false,
      messages: { en: 'no space' },
    } as const
    // What GET /policy sends: the defined policy, its compiled programs included.
    const served = JSON.parse(JSON.stringify(definePolicy({ version: 1, rules: [rule] })))
    const client = createSesameClient({ fetch: async () => json(served) })
    const policy = await client.getPolicy()
    expect(checkPassword(policy, 'a b').ok).toBe(false)
    expect(checkPassword(policy, 'ab').ok).toBe(true)
    const bare = { version: 1, rules: [rule] }
    const refused = createSesameClient({ fetch: async () => json(bare) })
    await expect(refused.getPolicy()).rejects.toMatchObject({ code: 'invalid_policy' })
    const tampered = structuredClone(served)
    tampered.rules[0].program.states = [{ next: [99] }]
    const broken = createSesameClient({ fetch: async () => json(tampered) })
    await expect(broken.getPolicy()).rejects.toMatchObject({ code: 'invalid_policy' })
  })
})
