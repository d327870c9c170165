// @vitest-environment node
import { presets } from '@sesame/core'
import { describe, expect, test, vi } from 'vitest'
import {
  createSesameClient,
  createSignInController,
  type SignInControllerOptions,
} from '../../src/controllers/index'
import { refuse, wireServer } from '../helpers/wire-server'

const GOOD = 'Sésame-2026!'
const NEXT = 'Nouveau-2027?'
type Answers = Parameters<typeof wireServer>[0]

function setup(answers: Answers, extra: Partial<SignInControllerOptions> = {}) {
  const server = wireServer(answers)
  const onSignedIn = vi.fn()
  const controller = createSignInController({
    policy: presets.classic,
    locale: 'fr',
    client: createSesameClient({ baseUrl: '/auth', fetch: server.fetch }),
    onSignedIn,
    ...extra,
  })
  return { server, controller, onSignedIn }
}

async function signIn(controller: ReturnType<typeof setup>['controller'], password = GOOD) {
  controller.setEmail(' marie@example.com ')
  controller.setPassword(password)
  return controller.submit()
}

describe('createSignInController', () => {
  test('signs in: sends the wire body, forgets the password, calls onSignedIn', async () => {
    const { server, controller, onSignedIn } = setup({
      signIn: () => ({ body: { status: 'signed_in' } }),
    })
    controller.setRemember(true)
    expect(await signIn(controller)).toBe(true)
    expect(server.calls).toEqual([
      expect.objectContaining({
        route: 'signIn',
        body: { email: 'marie@example.com', password: GOOD, remember: true },
      }),
    ])
    const snapshot = controller.getSnapshot()
    expect(snapshot.step).toBe('done')
    expect(snapshot.password).toBe('')
    expect(snapshot.statusMessage).toBe('Vous êtes connecté.')
    expect(onSignedIn).toHaveBeenCalledWith({ signedIn: true })
  })

  test('a refused submit sends nothing, names the fields and focuses the first', async () => {
    const { server, controller } = setup({ signIn: () => ({ body: { status: 'signed_in' } }) })
    expect(await controller.submit()).toBe(false)
    let snapshot = controller.getSnapshot()
    expect(snapshot.errors.email).toBe('Saisissez votre adresse email.')
    expect(snapshot.errors.password).toBe('Saisissez votre mot de passe.')
    expect(snapshot.errorSummary.map((entry) => entry.field)).toEqual(['email', 'password'])
    expect(snapshot.focus).toEqual({ field: 'email', key: 1 })
    controller.setEmail('marie')
    controller.setPassword('x')
    await controller.submit()
    snapshot = controller.getSnapshot()
    expect(snapshot.errors.email).toBe('Saisissez une adresse email valide.')
    expect(snapshot.focus).toEqual({ field: 'email', key: 2 })
    expect(server.calls).toEqual([])
  })

  test('invalid_credentials: one text that never says which of email and password was wrong', async () => {
    const { controller } = setup({ signIn: () => refuse('invalid_credentials') })
    expect(await signIn(controller)).toBe(false)
    const snapshot = controller.getSnapshot()
    expect(snapshot.error).toBe('invalid_credentials')
    expect(snapshot.errors).toEqual({
      email: undefined,
      password: undefined,
      form: 'Adresse email ou mot de passe incorrect.',
    })
    expect(snapshot.password).toBe('')
    expect(snapshot.step).toBe('signIn')
  })

  test('a password longer than any accepted is refused without a request', async () => {
    const { server, controller } = setup({ signIn: () => ({ body: { status: 'signed_in' } }) })
    expect(await signIn(controller, 'a'.repeat(5000))).toBe(false)
    expect(controller.getSnapshot().errors.form).toBe('Adresse email ou mot de passe incorrect.')
    expect(server.calls).toEqual([])
  })

  test('password_update_required: the update branch, the server’s reused check in its checklist, then signed in', async () => {
    let resets = 0
    const { server, controller, onSignedIn } = setup({
      signIn: () =>
        refuse('password_update_required', {
          updateToken: 'update-token',
          expiresAt: '2030-01-01T00:00:00.000Z',
        }),
      resetPassword: () => {
        resets += 1
        return resets === 1
          ? refuse('password_policy', {
              field: 'password',
              errors: [{ field: 'password', check: 'reused' }],
              checks: [
                {
                  id: 'reused',
                  type: 'reused',
                  required: 0,
                  actual: 1,
                  met: false,
                  label: 'reused',
                },
              ],
            })
          : { body: { status: 'password_changed', signedIn: true } }
      },
    })
    expect(await signIn(controller)).toBe(false)
    const snapshot = controller.getSnapshot()
    expect(snapshot.step).toBe('update')
    expect(snapshot.password).toBe('')
    expect(snapshot.update?.flow).toMatchObject({ step: 'chooseNewPassword', mode: 'update' })
    // No verification round trip: the update token came with the sign-in's answer.
    expect(server.calls.map((call) => call.route)).toEqual(['signIn'])

    const { update } = controller
    update.setPassword(GOOD)
    update.setConfirmation(GOOD)
    expect(await update.submit()).toBe(false)
    expect(server.calls[1]?.body).toEqual({
      token: 'update-token',
      password: GOOD,
      confirmation: GOOD,
    })
    const refused = controller.getSnapshot().update
    expect(refused?.checklist.items.at(-1)).toMatchObject({
      id: 'reused',
      state: 'unmet',
      label: 'différent du mot de passe actuel et des précédents',
    })
    expect(refused?.errors.password).toBe(
      'Le mot de passe ne respecte pas tous les critères. Critère non respecté : différent du mot de passe actuel et des précédents.',
    )
    expect(refused?.focus?.field).toBe('password')
    // A new password clears the server's verdict.
    update.setPassword(NEXT)
    expect(update.getSnapshot().checklist.items.map((item) => item.id)).not.toContain('reused')
    update.setConfirmation(NEXT)
    expect(await update.submit()).toBe(true)
    expect(controller.getSnapshot().step).toBe('done')
    expect(onSignedIn).toHaveBeenCalledWith({ signedIn: true })
  })

  test('password_reset_required leads to forgot-password', async () => {
    const { controller } = setup({
      signIn: () => refuse('password_reset_required', { forgotPassword: '/forgot-password' }),
    })
    await signIn(controller)
    expect(controller.getSnapshot()).toMatchObject({
      step: 'resetRequired',
      statusMessage: 'Votre mot de passe doit être réinitialisé : demandez un lien ci-dessous.',
    })
    controller.backToSignIn()
    expect(controller.getSnapshot().step).toBe('signIn')
  })

  test('challenge_required exposes the descriptor, and the answer is sent with the next try', async () => {
    const { server, controller } = setup({
      signIn: (body) =>
        body.challenge === 'captcha-answer'
          ? { body: { status: 'signed_in' } }
          : refuse('challenge_required', {
              challenge: { kind: 'captcha', data: { siteKey: 'k' } },
            }),
    })
    await signIn(controller)
    let snapshot = controller.getSnapshot()
    expect(snapshot.challenge).toEqual({ kind: 'captcha', data: { siteKey: 'k' } })
    expect(snapshot.errors.form).toBe(
      'Une vérification supplémentaire est nécessaire : complétez-la puis validez à nouveau.',
    )
    controller.setPassword(GOOD)
    expect(await controller.answerChallenge('captcha-answer')).toBe(true)
    expect(server.calls[1]?.body).toMatchObject({ challenge: 'captcha-answer', password: GOOD })
    snapshot = controller.getSnapshot()
    expect(snapshot.step).toBe('done')
    expect(snapshot.challenge).toBeUndefined()
  })

  test('second_factor_required ends on the app’s next step with its descriptor', async () => {
    const { controller, onSignedIn } = setup({
      signIn: () =>
        refuse('second_factor_required', { secondFactor: { kind: 'totp', data: { id: 'p1' } } }),
    })
    await signIn(controller)
    expect(controller.getSnapshot()).toMatchObject({
      step: 'secondFactor',
      secondFactor: { kind: 'totp', data: { id: 'p1' } },
      statusMessage: 'Une seconde vérification est nécessaire pour terminer la connexion.',
    })
    expect(onSignedIn).not.toHaveBeenCalled()
  })

  test.each([
    [
      refuse('server_busy', { retryAfter: 7 }),
      'Le service est très sollicité. Réessayez dans 7 secondes.',
    ],
    [
      refuse('rate_limited', { retryAfter: 60 }),
      'Trop de tentatives. Réessayez dans quelques minutes.',
    ],
    [
      refuse('activation_required'),
      "Votre compte n'est pas encore activé : suivez le lien du message envoyé lors de votre inscription.",
    ],
    [refuse('internal_error'), 'Le service est indisponible. Réessayez dans quelques instants.'],
  ])('%# a refusal for the whole form: %s', async (answer, text) => {
    const { controller } = setup({ signIn: () => answer })
    await signIn(controller)
    expect(controller.getSnapshot().errors.form).toBe(text)
    expect(controller.getSnapshot().step).toBe('signIn')
  })

  test('server_busy keeps its Retry-After for the app', async () => {
    const { controller } = setup({ signIn: () => refuse('server_busy', { retryAfter: 3 }) })
    await signIn(controller)
    expect(controller.getSnapshot().retryAfter).toBe(3)
  })
})
