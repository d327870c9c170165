// @vitest-environment node
import { describePolicy, presets } from '@sesame/core'
import { describe, expect, test, vi } from 'vitest'
import {
  createAcceptInvitationController,
  createActivationController,
  createChangePasswordController,
  createResetCodeController,
  createSesameClient,
  createSignInController,
  createSignUpController,
} from '../../src/controllers/index'
import { de } from '../../src/locales/de'
import { getMessages } from '../../src/messages'
import { refuse, wireServer } from '../helpers/wire-server'

const GOOD = 'Sésame-2026!'
const NEXT = 'Nouveau-2027?'
type Answers = Parameters<typeof wireServer>[0]

function client(answers: Answers) {
  const server = wireServer(answers)
  return { server, client: createSesameClient({ baseUrl: '/auth', fetch: server.fetch }) }
}

const reused = refuse('password_policy', {
  field: 'password',
  errors: [{ field: 'password', check: 'reused' }],
  checks: [{ id: 'reused', type: 'reused', required: 0, actual: 1, met: false, label: 'reused' }],
})

describe('createSignUpController', () => {
  test('starts neutral, checks live, and always ends on "check your email"', async () => {
    const { server, client: c } = client({ signUp: () => ({ body: { status: 'accepted' } }) })
    const onSent = vi.fn()
    const signUp = createSignUpController({
      policy: presets.classic,
      locale: 'fr',
      client: c,
      onSent,
    })
    let snapshot = signUp.getSnapshot()
    expect(snapshot.checklist.items.map((item) => item.state)).toEqual(Array(5).fill('idle'))
    expect(snapshot.errors).toEqual({
      name: undefined,
      email: undefined,
      password: undefined,
      confirmation: undefined,
      form: undefined,
    })
    signUp.setName(' Marie ')
    signUp.setEmail('marie@example.com')
    signUp.setPassword('aB1')
    expect(signUp.getSnapshot().checklist.missing).toEqual([
      '2 chiffres',
      '8 caractères',
      '1 caractère spécial',
    ])
    signUp.setPassword(GOOD)
    signUp.setConfirmation(GOOD)
    expect(signUp.getSnapshot().canSubmit).toBe(true)
    expect(await signUp.submit()).toBe(true)
    expect(server.calls[0]?.body).toEqual({
      email: 'marie@example.com',
      password: GOOD,
      confirmation: GOOD,
      name: 'Marie',
      locale: 'fr',
    })
    snapshot = signUp.getSnapshot()
    expect(snapshot.step).toBe('sent')
    expect(snapshot.password).toBe('')
    expect(snapshot.statusMessage).toBe(
      "Un message a été envoyé à l'adresse email renseignée. Suivez le lien qu'il contient pour activer votre compte.",
    )
    expect(onSent).toHaveBeenCalledOnce()
  })

  test('a refused submit names every invalid field in screen order and focuses the first', async () => {
    const { server, client: c } = client({ signUp: () => ({ body: { status: 'accepted' } }) })
    const signUp = createSignUpController({ policy: presets.classic, locale: 'fr', client: c })
    signUp.setName('x'.repeat(101))
    signUp.setPassword('abc')
    signUp.setConfirmation('abd')
    expect(await signUp.submit()).toBe(false)
    const snapshot = signUp.getSnapshot()
    expect(snapshot.errorSummary.map((entry) => entry.field)).toEqual([
      'name',
      'email',
      'password',
      'confirmation',
    ])
    expect(snapshot.errors.confirmation).toBe('Les deux mots de passe ne correspondent pas.')
    expect(snapshot.focus?.field).toBe('name')
    expect(server.calls).toEqual([])
  })

  test('a 422 from the server lands in the password’s error; a rate limit for the form', async () => {
    let answer = 0
    const { client: c } = client({
      signUp: () => {
        answer += 1
        return answer === 1
          ? refuse('password_policy', {
              field: 'password',
              errors: [{ field: 'password', check: 'digits' }],
              checks: [
                { id: 'digits', type: 'digits', required: 2, actual: 1, met: false, label: 'x' },
              ],
            })
          : refuse('rate_limited', { retryAfter: 30 })
      },
    })
    const signUp = createSignUpController({ policy: presets.classic, locale: 'fr', client: c })
    signUp.setEmail('marie@example.com')
    signUp.setPassword(GOOD)
    signUp.setConfirmation(GOOD)
    await signUp.submit()
    expect(signUp.getSnapshot().errors.password).toBe(
      'Le mot de passe ne respecte pas tous les critères. Critère non respecté : 2 chiffres.',
    )
    expect(signUp.getSnapshot().focus?.field).toBe('password')
    await signUp.submit()
    expect(signUp.getSnapshot().errors.form).toBe(
      'Trop de tentatives. Réessayez dans quelques minutes.',
    )
    expect(signUp.getSnapshot().step).toBe('signUp')
  })
})

test('sign-up: a field the server refuses is named where it is', async () => {
  const { client: c } = client({
    signUp: () =>
      refuse('invalid_field', { field: 'name', errors: [{ field: 'name', reason: 'too_long' }] }),
  })
  const signUp = createSignUpController({ policy: presets.classic, locale: 'en', client: c })
  signUp.setName('Marie')
  signUp.setEmail('marie@example.com')
  signUp.setPassword(GOOD)
  signUp.setConfirmation(GOOD)
  await signUp.submit()
  expect(signUp.getSnapshot().errors).toMatchObject({
    name: 'The name is too long.',
    email: undefined,
  })
  expect(signUp.getSnapshot().focus?.field).toBe('name')
  signUp.setEmail('marie@example.org')
  expect(signUp.getSnapshot().errors.name).toBe('The name is too long.')
  signUp.setName('M')
  expect(signUp.getSnapshot().errors.name).toBeUndefined()
})

describe('createChangePasswordController', () => {
  function setup(answers: Answers) {
    const { server, client: c } = client(answers)
    const onSuccess = vi.fn()
    const change = createChangePasswordController({
      policy: presets.classic,
      locale: 'fr',
      client: c,
      onSuccess,
    })
    change.setCurrentPassword(GOOD)
    change.setPassword(NEXT)
    change.setConfirmation(NEXT)
    return { server, change, onSuccess }
  }

  test('changes the password with the wire body', async () => {
    const { server, change, onSuccess } = setup({
      changePassword: () => ({ body: { status: 'password_changed', otherSessionsRevoked: true } }),
    })
    expect(await change.submit()).toBe(true)
    expect(server.calls[0]?.body).toEqual({
      currentPassword: GOOD,
      password: NEXT,
      confirmation: NEXT,
    })
    expect(change.getSnapshot()).toMatchObject({
      step: 'done',
      currentPassword: '',
      password: '',
      otherSessionsRevoked: true,
      statusMessage: 'Votre mot de passe a été modifié.',
    })
    expect(onSuccess).toHaveBeenCalledWith({
      status: 'password_changed',
      otherSessionsRevoked: true,
    })
  })

  test('a wrong current password is named under its field, and focused', async () => {
    const { change } = setup({ changePassword: () => refuse('invalid_credentials') })
    await change.submit()
    const snapshot = change.getSnapshot()
    expect(snapshot.errors.currentPassword).toBe('Le mot de passe actuel est incorrect.')
    expect(snapshot.focus?.field).toBe('currentPassword')
    change.setCurrentPassword('other')
    expect(change.getSnapshot().errors.currentPassword).toBeUndefined()
  })

  test('reused: the server’s check joins the checklist until the new password changes', async () => {
    const { change } = setup({ changePassword: () => reused })
    await change.submit()
    let snapshot = change.getSnapshot()
    expect(snapshot.checklist.items.find((item) => item.id === 'reused')?.state).toBe('unmet')
    expect(snapshot.checklist.ok).toBe(false)
    expect(snapshot.errors.password).toContain('différent du mot de passe actuel et des précédents')
    change.setPassword(`${NEXT}x`)
    snapshot = change.getSnapshot()
    expect(snapshot.checklist.items.some((item) => item.id === 'reused')).toBe(false)
    expect(snapshot.errors.password).toBeUndefined()
  })

  test('not_signed_in is a form error', async () => {
    const { change } = setup({ changePassword: () => refuse('not_signed_in') })
    await change.submit()
    expect(change.getSnapshot().errors.form).toBe('Votre session a expiré : reconnectez-vous.')
  })

  test('an empty current password is refused before any request', async () => {
    const { server, change } = setup({
      changePassword: () => ({ body: { status: 'password_changed', otherSessionsRevoked: false } }),
    })
    change.setCurrentPassword('')
    expect(await change.submit()).toBe(false)
    expect(change.getSnapshot().errors.currentPassword).toBe('Saisissez votre mot de passe actuel.')
    expect(server.calls).toEqual([])
  })
})

describe('createResetCodeController', () => {
  test('keeps digits only, checks the length, then sends email and code with the new password', async () => {
    const { server, client: c } = client({
      resetPassword: () => ({ body: { status: 'password_changed', signedIn: false } }),
    })
    const onSuccess = vi.fn()
    const entry = createResetCodeController({
      policy: presets.classic,
      locale: 'fr',
      client: c,
      onSuccess,
    })
    entry.setEmail('marie@example.com')
    entry.setCode('12a34 56')
    expect(entry.getSnapshot().code).toBe('123456')
    expect(entry.next()).toBe(false)
    expect(entry.getSnapshot().errors.code).toBe('Le code comporte 8 chiffres.')
    expect(entry.getSnapshot().focus?.field).toBe('code')
    entry.setCode('1234 5678 9')
    expect(entry.getSnapshot().code).toBe('12345678')
    expect(entry.next()).toBe(true)
    expect(entry.getSnapshot().step).toBe('password')
    expect(entry.getSnapshot().password?.flow.step).toBe('chooseNewPassword')
    entry.password.setPassword(GOOD)
    entry.password.setConfirmation(GOOD)
    expect(await entry.password.submit()).toBe(true)
    expect(server.calls[0]?.body).toEqual({
      email: 'marie@example.com',
      code: '12345678',
      password: GOOD,
      confirmation: GOOD,
    })
    expect(onSuccess).toHaveBeenCalledWith({ status: 'password_changed', signedIn: false })
  })

  test('code_invalid brings the user back to the code, with one text and focus', async () => {
    const { client: c } = client({ resetPassword: () => refuse('code_invalid') })
    const entry = createResetCodeController({
      policy: presets.classic,
      locale: 'fr',
      client: c,
      email: 'marie@example.com',
    })
    expect(entry.getSnapshot().email).toBe('marie@example.com')
    entry.setCode('87654321')
    entry.next()
    entry.password.setPassword(GOOD)
    entry.password.setConfirmation(GOOD)
    expect(await entry.password.submit()).toBe(false)
    const snapshot = entry.getSnapshot()
    expect(snapshot.step).toBe('code')
    expect(snapshot.errors.code).toBe("Ce code n'est pas valide ou a expiré.")
    expect(snapshot.focus?.field).toBe('code')
    entry.setCode('11111111')
    expect(entry.getSnapshot().errors.code).toBeUndefined()
    expect(entry.next()).toBe(true)
    expect(entry.getSnapshot().password?.password).toBe(GOOD)
  })

  test('empty fields are refused in screen order', () => {
    const entry = createResetCodeController({ policy: presets.classic, locale: 'en' })
    expect(entry.next()).toBe(false)
    expect(entry.getSnapshot().errorSummary).toEqual([
      { field: 'email', message: 'Enter your email address.' },
      { field: 'code', message: 'Enter the code from the email.' },
    ])
  })
})

describe('createActivationController', () => {
  test('activates once, even when started again by a remount', async () => {
    const { server, client: c } = client({
      activate: () => ({ body: { status: 'activated', signedIn: true } }),
    })
    const onActivated = vi.fn()
    const activation = createActivationController({ locale: 'fr', client: c, onActivated })
    expect(activation.getSnapshot().statusMessage).toBe('Activation du compte…')
    activation.start('activation-token')
    activation.stop()
    activation.start(undefined)
    await vi.waitFor(() => expect(activation.getSnapshot().step).toBe('activated'))
    expect(server.calls).toEqual([
      expect.objectContaining({ route: 'activate', body: { token: 'activation-token' } }),
    ])
    expect(activation.getSnapshot()).toMatchObject({
      signedIn: true,
      statusMessage: 'Votre compte est activé.',
    })
    expect(onActivated).toHaveBeenCalledWith({ signedIn: true })
  })

  test.each([
    ['token_expired', "Ce lien d'activation a expiré."],
    ['token_used', 'Ce lien a déjà servi : votre compte est sans doute déjà activé.'],
    ['token_invalid', "Ce lien d'activation n'est pas valide."],
  ] as const)('%s is a dead link', async (code, text) => {
    const { client: c } = client({ activate: () => refuse(code) })
    const activation = createActivationController({ locale: 'fr', client: c })
    activation.start('t')
    await vi.waitFor(() => expect(activation.getSnapshot().step).toBe('linkInvalid'))
    expect(activation.getSnapshot().errorMessage).toBe(text)
    expect(activation.getSnapshot().canRetry).toBe(false)
  })

  test('a second factor, and a failure that can be retried', async () => {
    let answer = 0
    const { server, client: c } = client({
      activate: () => {
        answer += 1
        return answer === 1
          ? refuse('server_busy', { retryAfter: 2 })
          : refuse('second_factor_required', { secondFactor: { kind: 'webauthn' } })
      },
    })
    const activation = createActivationController({ locale: 'fr', client: c })
    activation.start('t')
    await vi.waitFor(() => expect(activation.getSnapshot().step).toBe('failed'))
    expect(activation.getSnapshot()).toMatchObject({
      canRetry: true,
      errorMessage: 'Le service est très sollicité. Réessayez dans 2 secondes.',
    })
    activation.retry()
    await vi.waitFor(() => expect(activation.getSnapshot().step).toBe('secondFactor'))
    expect(activation.getSnapshot().secondFactor).toEqual({ kind: 'webauthn' })
    expect(server.calls).toHaveLength(2)
  })

  test('no token is a dead link, without a request', () => {
    const activation = createActivationController({ locale: 'en' })
    activation.start(undefined)
    expect(activation.getSnapshot()).toMatchObject({
      step: 'linkInvalid',
      errorMessage: 'This activation link is not valid.',
    })
  })
})

describe('createAcceptInvitationController', () => {
  test('sets the first password with the invitation’s token, without a verification', async () => {
    const { server, client: c } = client({
      acceptInvitation: () => ({ body: { status: 'password_set', signedIn: true } }),
    })
    const onSuccess = vi.fn()
    const invitation = createAcceptInvitationController({
      policy: presets.classic,
      locale: 'fr',
      client: c,
      onSuccess,
    })
    invitation.start('invite-token')
    expect(invitation.getSnapshot().flow.step).toBe('chooseNewPassword')
    invitation.setPassword('aB1')
    expect(invitation.getSnapshot().checklist.items.map((item) => item.state)).toEqual([
      'met',
      'met',
      'unmet',
      'unmet',
      'unmet',
    ])
    invitation.setPassword(GOOD)
    invitation.setConfirmation(GOOD)
    expect(await invitation.submit()).toBe(true)
    expect(server.calls).toEqual([
      expect.objectContaining({
        route: 'acceptInvitation',
        body: { token: 'invite-token', password: GOOD, confirmation: GOOD },
      }),
    ])
    expect(invitation.getSnapshot().statusMessage).toBe('Votre mot de passe est enregistré.')
    expect(onSuccess).toHaveBeenCalledWith({ signedIn: true })
  })

  test('a used invitation is a dead link in the invitation’s words; a second factor ends it', async () => {
    let answer = 0
    const { client: c } = client({
      acceptInvitation: () => {
        answer += 1
        return answer === 1
          ? refuse('token_used')
          : refuse('second_factor_required', { secondFactor: { kind: 'totp' } })
      },
    })
    const invitation = createAcceptInvitationController({
      policy: presets.classic,
      locale: 'fr',
      client: c,
    })
    invitation.start('t1')
    invitation.setPassword(GOOD)
    invitation.setConfirmation(GOOD)
    await invitation.submit()
    expect(invitation.getSnapshot().errors.link).toBe(
      'Ce lien a déjà servi : votre mot de passe a déjà été choisi.',
    )
    invitation.start('t2')
    invitation.setPassword(GOOD)
    invitation.setConfirmation(GOOD)
    expect(await invitation.submit()).toBe(true)
    expect(invitation.getSnapshot()).toMatchObject({
      flow: { step: 'done', signedIn: false },
      secondFactor: { kind: 'totp' },
    })
  })

  test('no token is a dead link', () => {
    const invitation = createAcceptInvitationController({ policy: presets.classic, locale: 'en' })
    invitation.start(undefined)
    expect(invitation.getSnapshot().errors.link).toBe('This invitation link is not valid.')
  })
})

describe('catalogues', () => {
  test('every lifecycle controller negotiates its texts among the catalogues it is given', () => {
    const german = getMessages('de', undefined, [de])
    const options = { policy: presets.classic, locale: 'de-AT', catalogues: [de] }
    const activation = createActivationController(options)
    expect(activation.getSnapshot().statusMessage).toBe(german.activating)
    const signUp = createSignUpController(options)
    signUp.submit()
    expect(signUp.getSnapshot().errors.email).toBe(german.emailRequired)
    const change = createChangePasswordController(options)
    change.submit()
    expect(change.getSnapshot().errors.currentPassword).toBe(german.currentPasswordRequired)
    for (const controller of [activation, signUp, change]) controller.stop()
  })

  test('the nested new-password steps get the catalogues too, and follow setOptions', () => {
    const labels = describePolicy(presets.classic, 'de', { catalogues: [de] })
    const options = { policy: presets.classic, locale: 'de', catalogues: [de] }
    const signIn = createSignInController(options)
    const code = createResetCodeController(options)
    const labelsOf = () =>
      [signIn.update, code.password].map((step) =>
        step.getSnapshot().checklist.items.map((item) => item.label),
      )
    expect(labelsOf()).toEqual([labels, labels])
    signIn.setOptions({ ...options, locale: 'fr', catalogues: undefined })
    code.setOptions({ ...options, locale: 'fr', catalogues: undefined })
    const french = describePolicy(presets.classic, 'fr')
    expect(labelsOf()).toEqual([french, french])
    signIn.stop()
    code.stop()
  })
})
