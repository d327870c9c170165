// @vitest-environment node
import { createHash } from 'node:crypto'
import { definePolicy, presets } from '@sesame/core'
import fc from 'fast-check'
import { describe, expect, test, vi } from 'vitest'
import {
  createNewPasswordController,
  createSesameClient,
  type NewPasswordControllerOptions,
  type ResetPasswordSubmission,
} from '../../src/controllers/index'
import { fakeServer, json, problem } from '../helpers/fake-server'

const GOOD = 'Sésame-2026!'

function setup(
  routes: Parameters<typeof fakeServer>[0] = {},
  extra: Partial<NewPasswordControllerOptions> = {},
) {
  const server = fakeServer(routes)
  const options: NewPasswordControllerOptions = {
    policy: presets.classic,
    locale: 'fr',
    client: createSesameClient({ baseUrl: '/auth', fetch: server.fetch }),
    ...extra,
  }
  const controller = createNewPasswordController(options)
  return { server, controller, options }
}

async function ready(routes: Parameters<typeof fakeServer>[0] = {}, extra = {}) {
  const context = setup(routes, extra)
  context.controller.start('abc.def.ghi')
  await vi.waitFor(() => expect(context.controller.getSnapshot().verifying).toBe(false))
  return context
}

describe('createNewPasswordController', () => {
  test('starts neutral: verifying, nothing typed, nothing in error', () => {
    const { controller } = setup()
    const snapshot = controller.getSnapshot()
    expect(snapshot.verifying).toBe(true)
    expect(snapshot.statusMessage).toBe('Vérification du lien…')
    expect(snapshot.checklist.items.map((item) => item.state)).toEqual(Array(5).fill('idle'))
    expect(snapshot.errors).toEqual({
      password: undefined,
      confirmation: undefined,
      form: undefined,
      link: undefined,
    })
    expect(snapshot.errorSummary).toEqual([])
    expect(snapshot.focus).toBeUndefined()
    expect(snapshot.canSubmit).toBe(false)
  })

  test('verifies the link, then derives the checklist, the match and canSubmit', async () => {
    const { controller, server } = await ready()
    expect(server.calls[0]).toMatchObject({
      url: '/auth/reset-password/verify',
      body: { token: 'abc.def.ghi' },
    })
    expect(controller.getSnapshot().flow).toMatchObject({
      step: 'chooseNewPassword',
      mode: 'reset',
    })
    controller.setPassword('aB1')
    const typed = controller.getSnapshot()
    expect(typed.checklist.items.map((item) => item.state)).toEqual([
      'met',
      'met',
      'unmet',
      'unmet',
      'unmet',
    ])
    expect(typed.rulesPass).toBe(false)
    controller.setPassword(GOOD)
    controller.setConfirmation('Sésame-2025!')
    // A mismatch shows once the confirmation is left, not while it is typed.
    expect(controller.getSnapshot().errors.confirmation).toBeUndefined()
    controller.blurConfirmation()
    expect(controller.getSnapshot().errors.confirmation).toBe(
      'Les deux mots de passe ne correspondent pas.',
    )
    controller.setConfirmation(GOOD)
    expect(controller.getSnapshot()).toMatchObject({
      rulesPass: true,
      confirmationMatches: true,
      canSubmit: true,
      errors: { confirmation: undefined },
    })
  })

  test('a refused submit names every invalid field in screen order and asks for focus on the first', async () => {
    const { controller, server } = await ready()
    expect(await controller.submit()).toBe(false)
    const first = controller.getSnapshot()
    expect(first.errorSummary).toEqual([
      { field: 'password', message: 'Saisissez un nouveau mot de passe.' },
      { field: 'confirmation', message: 'Confirmez le nouveau mot de passe.' },
    ])
    expect(first.focus).toEqual({ field: 'password', key: 1 })
    controller.setPassword('abc')
    expect(await controller.submit()).toBe(false)
    const second = controller.getSnapshot()
    // The same words as the checklist's labels, under the field and in the summary.
    expect(second.errors.password).toBe(
      'Le mot de passe ne respecte pas tous les critères. Critères non respectés : 1 lettre majuscule, 2 chiffres, 8 caractères, 1 caractère spécial.',
    )
    expect(second.checklist.missing).toEqual([
      '1 lettre majuscule',
      '2 chiffres',
      '8 caractères',
      '1 caractère spécial',
    ])
    expect(second.errorSummary[0]).toEqual({ field: 'password', message: second.errors.password })
    expect(second.focus).toEqual({ field: 'password', key: 2 })
    // Fixed fields leave the summary; the others keep the words they were announced with.
    controller.setPassword(GOOD)
    expect(controller.getSnapshot().errorSummary).toEqual([
      { field: 'confirmation', message: 'Confirmez le nouveau mot de passe.' },
    ])
    controller.setConfirmation('other')
    expect(await controller.submit()).toBe(false)
    expect(controller.getSnapshot().focus).toEqual({ field: 'confirmation', key: 3 })
    expect(server.calls).toHaveLength(1)
  })

  test('no refusal is silent: whatever is typed, a refused submit names a field and asks for focus', async () => {
    const { controller } = await ready()
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.string(), async (password, confirmation) => {
        controller.setPassword(password)
        controller.setConfirmation(confirmation)
        const { canSubmit } = controller.getSnapshot()
        if (canSubmit) return
        expect(await controller.submit()).toBe(false)
        const { errorSummary, focus, errors } = controller.getSnapshot()
        expect(errorSummary.length).toBeGreaterThan(0)
        expect(focus?.field).toBe(errorSummary[0]?.field)
        expect(errors[focus?.field ?? 'password']).toBe(errorSummary[0]?.message)
      }),
      { numRuns: 200 },
    )
  })

  test('sends the password masked, forgets it once stored, and reports success', async () => {
    const onSuccess = vi.fn()
    let visibleWhenSent: boolean | undefined
    const { controller } = await ready(
      {},
      {
        onSuccess,
        submit: async (values: ResetPasswordSubmission) => {
          visibleWhenSent = controller.getSnapshot().passwordVisible
          expect(values).toEqual({ token: 'abc.def.ghi', password: GOOD, confirmation: GOOD })
          return { signedIn: true }
        },
      },
    )
    controller.setPassword(GOOD)
    controller.setConfirmation(GOOD)
    controller.setPasswordVisible(true)
    expect(await controller.submit()).toBe(true)
    expect(visibleWhenSent).toBe(false)
    expect(onSuccess).toHaveBeenCalledWith({ signedIn: true })
    expect(controller.getSnapshot()).toMatchObject({
      flow: { step: 'done', signedIn: true },
      password: '',
      confirmation: '',
      statusMessage: 'Votre mot de passe a été mis à jour.',
    })
  })

  test('a 422 with failed checks names them in the checklist words; typing clears it', async () => {
    const { controller } = await ready({
      'POST /auth/reset-password': () =>
        problem(422, 'password_policy', {
          checks: [{ id: 'special', type: 'special', met: false, required: 1, actual: 0 }],
        }),
    })
    controller.setPassword(GOOD)
    controller.setConfirmation(GOOD)
    expect(await controller.submit()).toBe(false)
    expect(controller.getSnapshot()).toMatchObject({
      serverLabels: ['1 caractère spécial'],
      errors: {
        password:
          'Le mot de passe ne respecte pas tous les critères. Critère non respecté : 1 caractère spécial.',
      },
      focus: { field: 'password' },
      flow: { step: 'chooseNewPassword', error: 'policy' },
    })
    controller.setPassword(`${GOOD}?`)
    expect(controller.getSnapshot().serverLabels).toBeUndefined()
    expect(controller.getSnapshot().errors.password).toBeUndefined()
  })

  test.each([
    [
      'confirmation_mismatch',
      422,
      {
        errors: { confirmation: 'Les deux mots de passe ne correspondent pas.' },
        focus: { field: 'confirmation' },
      },
    ],
    [
      'token_used',
      409,
      {
        flow: { step: 'linkInvalid', reason: 'stale' },
        errors: {
          link: 'Ce lien a déjà servi : votre mot de passe a été modifié depuis son envoi.',
        },
      },
    ],
    [
      'token_expired',
      410,
      {
        flow: { step: 'linkInvalid', reason: 'expired' },
        errors: { link: 'Ce lien de réinitialisation a expiré.' },
      },
    ],
    ['token_invalid', 400, { flow: { step: 'linkInvalid', reason: 'invalid' } }],
    ['token_malformed', 400, { flow: { step: 'linkInvalid', reason: 'malformed' } }],
    [
      'rate_limited',
      429,
      {
        errors: { form: 'Trop de tentatives. Réessayez dans quelques minutes.' },
        focus: undefined,
      },
    ],
    [
      'internal_error',
      500,
      { errors: { form: 'Le service est indisponible. Réessayez dans quelques instants.' } },
    ],
  ] as const)(
    'the problem %s (%i) maps to its flow outcome and text',
    async (code, status, expected) => {
      const { controller } = await ready({
        'POST /auth/reset-password': () => problem(status, code),
      })
      controller.setPassword(GOOD)
      controller.setConfirmation(GOOD)
      expect(await controller.submit()).toBe(false)
      expect(controller.getSnapshot()).toMatchObject(expected)
    },
  )

  test('a link refused at verification, or no token at all, is an invalid link', async () => {
    const refused = setup({ 'POST /auth/reset-password/verify': () => problem(410, 'token_stale') })
    refused.controller.start('t')
    await vi.waitFor(() =>
      expect(refused.controller.getSnapshot().flow).toMatchObject({
        step: 'linkInvalid',
        reason: 'stale',
      }),
    )
    const missing = setup()
    missing.controller.start(undefined)
    expect(missing.controller.getSnapshot().errors.link).toBe(
      "Ce lien de réinitialisation n'est pas valide.",
    )
    expect(missing.server.calls).toHaveLength(0)
  })

  test('an update token gives the update mode; a failed check can be retried', async () => {
    let attempts = 0
    const { controller } = setup({
      'POST /auth/reset-password/verify': () => {
        attempts += 1
        return attempts === 1
          ? problem(503, 'store_unavailable')
          : json({ purpose: 'update', expiresAt: '2030-01-01T00:00:00.000Z' })
      },
    })
    controller.start('t')
    await vi.waitFor(() => expect(controller.getSnapshot().canRetry).toBe(true))
    expect(controller.getSnapshot().errors.form).toBe(
      'Le service est indisponible. Réessayez dans quelques instants.',
    )
    controller.retry()
    await vi.waitFor(() =>
      expect(controller.getSnapshot().flow).toMatchObject({
        step: 'chooseNewPassword',
        mode: 'update',
      }),
    )
    expect(controller.getSnapshot().canRetry).toBe(false)
  })

  test('setOptions re-derives the texts, and publishes nothing when nothing shown changed', async () => {
    const { controller, options } = await ready()
    const listener = vi.fn()
    controller.subscribe(listener)
    const before = controller.getSnapshot()
    // A fresh object with the same contents (what a re-render passes): nothing to publish.
    controller.setOptions({ ...options, context: {} })
    controller.setOptions({ ...options, onSuccess: () => {} })
    expect(listener).not.toHaveBeenCalled()
    expect(controller.getSnapshot()).toBe(before)
    controller.setOptions({ ...options, locale: 'en' })
    expect(listener).toHaveBeenCalledTimes(1)
    expect(controller.getSnapshot().checklist.labels[2]).toBe('2 digits')
    const strict = definePolicy({ version: 1, rules: [{ type: 'length', min: 20 }] })
    controller.setOptions({ ...options, locale: 'en', policy: strict })
    controller.setPassword(GOOD)
    expect(controller.getSnapshot().checklist.missing).toEqual(['20 characters'])
  })

  test('the breach check runs on blur and blocks the submit, without a request to the server', async () => {
    const BREACHED = 'Password1234!'
    const hash = createHash('sha1').update(BREACHED).digest('hex').toUpperCase()
    const fetch = vi.fn(
      async (url: string) =>
        new Response(url.endsWith(hash.slice(0, 5)) ? `${hash.slice(5)}:52` : '', { status: 200 }),
    )
    const policy = definePolicy({
      version: 1,
      rules: [{ type: 'length', min: 8 }, { type: 'notBreached' }],
    })
    const { controller, server } = await ready({}, { policy, breach: { fetch } })
    controller.setPassword(BREACHED)
    controller.setConfirmation(BREACHED)
    expect(fetch).not.toHaveBeenCalled()
    controller.blurPassword()
    await vi.waitFor(() =>
      expect(controller.getSnapshot().answers).toEqual({ notBreached: { met: false, actual: 52 } }),
    )
    expect(controller.getSnapshot().checklist.items[1]?.state).toBe('unmet')
    expect(await controller.submit()).toBe(false)
    expect(controller.getSnapshot().errors.password).toBe(
      'Ce mot de passe figure dans des fuites de données connues : choisissez-en un autre.',
    )
    expect(controller.getSnapshot().focus?.field).toBe('password')
    // The blur's answer served the submit: one range request in all.
    expect(fetch).toHaveBeenCalledTimes(1)
    expect(server.calls.map((call) => call.url)).toEqual(['/auth/reset-password/verify'])
  })

  test('stop() during a submit leaves the form usable', async () => {
    let calls = 0
    const { controller } = await ready({
      'POST /auth/reset-password': () => {
        calls += 1
        return calls === 1 ? new Promise<Response>(() => {}) : json({ signedIn: false })
      },
    })
    controller.setPassword(GOOD)
    controller.setConfirmation(GOOD)
    // Never answered: only the abort ends it.
    void controller.submit()
    expect(controller.getSnapshot().submitting).toBe(true)
    controller.stop()
    expect(controller.getSnapshot().submitting).toBe(false)
    expect(await controller.submit()).toBe(true)
  })

  test('stop() drops an answer still in flight', async () => {
    let release: (response: Response) => void = () => {}
    const { controller } = setup({
      'POST /auth/reset-password/verify': () =>
        new Promise<Response>((resolve) => {
          release = resolve
        }),
    })
    controller.start('t')
    controller.stop()
    release(json({ expiresAt: '2030-01-01T00:00:00.000Z' }))
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(controller.getSnapshot().flow.step).toBe('signIn')
  })

  test('compares the confirmation on NFC forms: "Café" with a combining accent matches', async () => {
    const { controller } = await ready()
    controller.setPassword('Cafe\u0301-cr3me-2!')
    controller.setConfirmation('Caf\u00e9-cr3me-2!')
    controller.blurConfirmation()
    expect(controller.getSnapshot()).toMatchObject({
      confirmationMatches: true,
      canSubmit: true,
      errors: { confirmation: undefined },
    })
    controller.setConfirmation('Cafe-cr3me-2!')
    expect(controller.getSnapshot().errors.confirmation).toBe(
      'Les deux mots de passe ne correspondent pas.',
    )
  })

  test('a lone surrogate fails the implicit wellFormed item: listed, named, never submittable', async () => {
    const { controller } = await ready()
    controller.setPassword(GOOD)
    expect(controller.getSnapshot().checklist.items).toHaveLength(5)
    controller.setPassword(`${GOOD}\udfff`)
    controller.setConfirmation(`${GOOD}\udfff`)
    const snapshot = controller.getSnapshot()
    expect(snapshot.checklist.items.at(-1)).toMatchObject({
      id: 'wellFormed',
      label: 'sans caractère invisible ou invalide',
      state: 'unmet',
    })
    expect(snapshot.checklist.missing).toEqual(['sans caractère invisible ou invalide'])
    expect(snapshot.checklist.labels.at(-1)).toBe('sans caractère invisible ou invalide')
    expect(snapshot.rulesPass).toBe(false)
    expect(snapshot.canSubmit).toBe(false)
  })
})
