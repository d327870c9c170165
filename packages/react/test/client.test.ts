import { checkPassword, presets } from '@sesame/core'
import { describe, expect, test } from 'vitest'
import { createSesameClient, isProblemError, ProblemError } from '../src/index'
import { fakeServer, json, problem } from './helpers/fake-server'

describe('createSesameClient', () => {
  test('talks to the four routes with JSON bodies', async () => {
    const server = fakeServer()
    const client = createSesameClient({
      baseUrl: '/auth/',
      fetch: server.fetch,
      headers: { 'x-csrf': 't' },
    })
    expect(await client.getPolicy()).toEqual(presets.classic)
    await client.forgotPassword('marie@example.com', { locale: 'fr' })
    expect(await client.verifyResetToken('tok')).toEqual({
      usable: true,
      purpose: 'reset',
      expiresAt: '2030-01-01T00:00:00.000Z',
    })
    expect(await client.resetPassword({ token: 'tok', password: 'p', confirmation: 'p' })).toEqual({
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

  test('turns a problem+json answer into a ProblemError with its code and failed checks', async () => {
    const checks = [{ id: 'digits', type: 'digits', met: false, required: 2, actual: 0 }]
    const server = fakeServer({
      'POST /auth/reset-password': () => problem(422, 'password_policy', { checks }),
    })
    const client = createSesameClient({ baseUrl: '/auth', fetch: server.fetch })
    const error = await client.resetPassword({ token: 't', password: 'p' }).catch((e: unknown) => e)
    expect(isProblemError(error)).toBe(true)
    expect(error).toMatchObject({ status: 422, code: 'password_policy', checks })
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

  test('compiles the pattern rules of the JSON policy, and refuses an unsupported one', async () => {
    const rule = {
      type: 'pattern',
      id: 'noSpace',
      flags: '',
      mustMatch: false,
      messages: { en: 'no space' },
    }
    const served = { version: 1, rules: [{ ...rule, source: '\\s' }] }
    const client = createSesameClient({ fetch: async () => json(served) })
    const policy = await client.getPolicy()
    expect(checkPassword(policy, 'a b').ok).toBe(false)
    expect(checkPassword(policy, 'ab').ok).toBe(true)
    const unsafe = { version: 1, rules: [{ ...rule, source: '(\\w)\\1' }] }
    const refused = createSesameClient({ fetch: async () => json(unsafe) })
    await expect(refused.getPolicy()).rejects.toMatchObject({ code: 'invalid_policy' })
  })
})
