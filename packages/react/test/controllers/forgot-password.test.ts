// @vitest-environment node
import { describe, expect, test, vi } from 'vitest'
import { createForgotPasswordController, createSesameClient } from '../../src/controllers/index'
import { fakeServer, problem } from '../helpers/fake-server'

function setup(routes: Parameters<typeof fakeServer>[0] = {}, locale = 'fr') {
  const server = fakeServer(routes)
  const onSent = vi.fn()
  const controller = createForgotPasswordController({
    client: createSesameClient({ baseUrl: '/auth', fetch: server.fetch }),
    locale,
    onSent,
  })
  return { server, controller, onSent }
}

describe('createForgotPasswordController', () => {
  test('sends the email, then says a message was sent and forgets the address', async () => {
    const { controller, server, onSent } = setup()
    expect(controller.getSnapshot().flow).toEqual({
      step: 'requestReset',
      reason: 'forgotPassword',
      error: null,
    })
    controller.setEmail('  marie@example.com ')
    expect(await controller.submit()).toBe(true)
    expect(server.calls[0]?.body).toEqual({ email: 'marie@example.com', locale: 'fr' })
    expect(controller.getSnapshot()).toMatchObject({
      sent: true,
      email: '',
      statusMessage: expect.stringMatching(/^Un message a été envoyé/),
      errorSummary: [],
    })
    expect(onSent).toHaveBeenCalledTimes(1)
    controller.requestNewLink()
    expect(controller.getSnapshot().flow).toMatchObject({ step: 'requestReset', reason: 'newLink' })
  })

  test.each([
    ['', 'Saisissez votre adresse email.'],
    ['marie', 'Saisissez une adresse email valide.'],
    [`${'a'.repeat(250)}@example.com`, 'Saisissez une adresse email valide.'],
  ])('refuses %j before any request, on the field, with focus', async (email, message) => {
    const { controller, server } = setup()
    controller.setEmail(email)
    expect(await controller.submit()).toBe(false)
    expect(controller.getSnapshot()).toMatchObject({
      error: 'invalid_email',
      errors: { email: message, form: undefined },
      errorSummary: [{ field: 'email', message }],
      focus: { field: 'email', key: 1 },
    })
    expect(server.calls).toHaveLength(0)
    // Typing again clears the field's error.
    controller.setEmail('marie@')
    expect(controller.getSnapshot().errors.email).toBeUndefined()
  })

  test('a rate limit is a form error: no field to focus, the email kept', async () => {
    const { controller } = setup({
      'POST /auth/forgot-password': () => problem(429, 'rate_limited'),
    })
    controller.setEmail('marie@example.com')
    expect(await controller.submit()).toBe(false)
    expect(controller.getSnapshot()).toMatchObject({
      email: 'marie@example.com',
      errors: { email: undefined, form: 'Trop de tentatives. Réessayez dans quelques minutes.' },
      errorSummary: [],
      focus: undefined,
    })
  })

  test("the server's invalid_field lands on the email field, in English too", async () => {
    const { controller } = setup(
      { 'POST /auth/forgot-password': () => problem(400, 'invalid_field') },
      'en',
    )
    controller.setEmail('marie@example')
    expect(await controller.submit()).toBe(false)
    expect(controller.getSnapshot().errors.email).toBe('Enter a valid email address.')
    expect(controller.getSnapshot().focus?.field).toBe('email')
  })

  test("starts at the migrated account's update step with reason updateRequired", () => {
    const controller = createForgotPasswordController({ reason: 'updateRequired' })
    expect(controller.getSnapshot().flow).toMatchObject({
      step: 'requestReset',
      reason: 'updateRequired',
    })
  })
})
