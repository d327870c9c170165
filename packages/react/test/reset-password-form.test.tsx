import { presets } from '@sesame/core'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { StrictMode } from 'react'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { createSesameClient, ResetPasswordForm } from '../src/index'
import { fakeServer, problem } from './helpers/fake-server'
import { fieldError } from './helpers/field-error'

const GOOD = 'Sésame-2026!'

function setup(routes: Parameters<typeof fakeServer>[0] = {}, locale = 'fr') {
  const server = fakeServer(routes)
  const client = createSesameClient({ baseUrl: '/auth', fetch: server.fetch })
  const user = userEvent.setup({ delay: null })
  const onSuccess = vi.fn()
  render(
    <ResetPasswordForm
      policy={presets.classic}
      client={client}
      locale={locale}
      onSuccess={onSuccess}
      forgotPasswordHref="/mot-de-passe-oublie"
    />,
  )
  return { server, user, onSuccess }
}

const submitButton = () => screen.getByRole('button', { name: 'Valider' })
const newPassword = () => screen.getByLabelText('Nouveau mot de passe')
const confirmation = () => screen.getByLabelText('Confirmation du mot de passe')

beforeEach(() => {
  window.history.replaceState(null, '', '/reinitialiser?x=1#token=abc.def.ghi')
})
afterEach(() => {
  window.history.replaceState(null, '', '/')
})

describe('<ResetPasswordForm>', () => {
  test('reads the token from the fragment, removes it from the address bar, and verifies it', async () => {
    const replace = vi.spyOn(window.history, 'replaceState')
    const { server } = setup()
    expect(window.location.hash).toBe('')
    expect(window.location.pathname + window.location.search).toBe('/reinitialiser?x=1')
    expect(replace).toHaveBeenCalledTimes(1)
    await waitFor(() => expect(submitButton()).toBeTruthy())
    await waitFor(() => expect(server.calls).toHaveLength(1))
    expect(server.calls[0]).toMatchObject({
      method: 'POST',
      url: '/auth/reset-password/verify',
      body: { token: 'abc.def.ghi' },
    })
    replace.mockRestore()
  })

  test('renders the seed screen: title, two fields with toggles, checklist, Valider', () => {
    setup()
    expect(
      screen.getByRole('heading', { level: 1, name: 'Mettre à jour mon mot de passe' }),
    ).toBeTruthy()
    expect(newPassword()).toBeTruthy()
    expect(confirmation()).toBeTruthy()
    expect(screen.getAllByRole('button', { name: 'Afficher le mot de passe' })).toHaveLength(2)
    expect(screen.getByText('Votre mot de passe doit contenir :')).toBeTruthy()
    expect(screen.getAllByRole('listitem')).toHaveLength(5)
  })

  test('Valider is enabled only when every rule is met and the confirmation matches', async () => {
    const { user, server, onSuccess } = setup()
    await waitFor(() => expect(server.calls).toHaveLength(1))
    expect(submitButton().getAttribute('aria-disabled')).toBe('true')
    await user.type(newPassword(), 'Sésame-2026')
    await user.type(confirmation(), 'Sésame-2026')
    // "-" counts as the special character: every rule is met.
    expect(submitButton().getAttribute('aria-disabled')).toBe('false')
    await user.clear(newPassword())
    await user.type(newPassword(), 'sesame2026')
    expect(submitButton().getAttribute('aria-disabled')).toBe('true')
    await user.clear(newPassword())
    await user.type(newPassword(), GOOD)
    await user.clear(confirmation())
    await user.type(confirmation(), GOOD)
    expect(submitButton().getAttribute('aria-disabled')).toBe('false')
    await user.click(submitButton())
    await screen.findByText('Votre mot de passe a été mis à jour.')
    expect(server.calls[1]).toMatchObject({
      url: '/auth/reset-password',
      body: { token: 'abc.def.ghi', password: GOOD, confirmation: GOOD },
    })
    expect(onSuccess).toHaveBeenCalledWith({ status: 'password_changed', signedIn: true })
  })

  test('a press while rules fail sends nothing and marks the field invalid', async () => {
    const { user, server } = setup()
    await waitFor(() => expect(server.calls).toHaveLength(1))
    await user.type(newPassword(), 'abc')
    await user.click(submitButton())
    expect(server.calls).toHaveLength(1)
    expect(newPassword().getAttribute('aria-invalid')).toBe('true')
    expect(fieldError(newPassword())).toBe(
      'Le mot de passe ne respecte pas tous les critères. Critères non respectés : 1 lettre majuscule, 2 chiffres, 8 caractères, 1 caractère spécial.',
    )
  })

  test('shows a confirmation mismatch once the confirmation is left', async () => {
    const { user } = setup()
    await user.type(newPassword(), GOOD)
    await user.type(confirmation(), 'Sésame-2025!')
    expect(screen.queryByText('Les deux mots de passe ne correspondent pas.')).toBeNull()
    await user.tab()
    expect(fieldError(confirmation())).toBe('Les deux mots de passe ne correspondent pas.')
    expect(confirmation().getAttribute('aria-invalid')).toBe('true')
    expect(submitButton().getAttribute('aria-disabled')).toBe('true')
    await user.clear(confirmation())
    await user.type(confirmation(), GOOD)
    expect(screen.queryByText('Les deux mots de passe ne correspondent pas.')).toBeNull()
  })

  test('each toggle shows its own field', async () => {
    const { user } = setup()
    const [first, second] = screen.getAllByRole('button', { name: 'Afficher le mot de passe' })
    await user.click(second as HTMLElement)
    expect(confirmation().getAttribute('type')).toBe('text')
    expect(newPassword().getAttribute('type')).toBe('password')
    await user.click(first as HTMLElement)
    expect(newPassword().getAttribute('type')).toBe('text')
  })

  test('maps a 422 with failed checks to the password field', async () => {
    const { user } = setup({
      'POST /auth/reset-password': () =>
        problem(422, 'password_policy', {
          checks: [{ id: 'special', type: 'special', met: false, required: 1, actual: 0 }],
        }),
    })
    await user.type(newPassword(), GOOD)
    await user.type(confirmation(), GOOD)
    await user.click(submitButton())
    await waitFor(() =>
      expect(fieldError(newPassword())).toBe(
        'Le mot de passe ne respecte pas tous les critères. Critère non respecté : 1 caractère spécial.',
      ),
    )
    expect(newPassword().getAttribute('aria-invalid')).toBe('true')
    // Masked again before the browser's password manager reads the form.
    expect(newPassword().getAttribute('type')).toBe('password')
  })

  test('an expired link found at submit shows the invalid-link state', async () => {
    const { user } = setup({
      'POST /auth/reset-password': () => problem(400, 'token_expired'),
    })
    await user.type(newPassword(), GOOD)
    await user.type(confirmation(), GOOD)
    await user.click(submitButton())
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Ce lien de réinitialisation a expiré.',
    )
    expect(
      screen.getByRole('link', { name: 'Demander un nouveau lien' }).getAttribute('href'),
    ).toBe('/mot-de-passe-oublie')
    expect(screen.queryByLabelText('Nouveau mot de passe')).toBeNull()
  })

  test('a link refused at verification never shows the form', async () => {
    setup({ 'POST /auth/reset-password/verify': () => problem(400, 'token_stale') })
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'Ce lien a déjà servi : votre mot de passe a été modifié depuis son envoi.',
      ),
    )
    expect(screen.queryByRole('button', { name: 'Valider' })).toBeNull()
  })

  test('a link already used (409 token_used) suggests it served already', async () => {
    const { user } = setup({ 'POST /auth/reset-password': () => problem(409, 'token_used') })
    await user.type(newPassword(), GOOD)
    await user.type(confirmation(), GOOD)
    await user.click(submitButton())
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'Ce lien a déjà servi : votre mot de passe a été modifié depuis son envoi.',
      ),
    )
  })

  test('a missing token is an invalid link', async () => {
    window.history.replaceState(null, '', '/reinitialiser')
    const { server } = setup()
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        "Ce lien de réinitialisation n'est pas valide.",
      ),
    )
    expect(server.calls).toHaveLength(0)
  })

  test('rate limiting and outages are shown for the whole form', async () => {
    const { user } = setup({ 'POST /auth/reset-password': () => problem(429, 'rate_limited') })
    await user.type(newPassword(), GOOD)
    await user.type(confirmation(), GOOD)
    await user.click(submitButton())
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'Trop de tentatives. Réessayez dans quelques minutes.',
      ),
    )
    expect(newPassword()).toBeTruthy()
  })

  test('works under StrictMode: the token survives the double effect and is verified', async () => {
    const server = fakeServer()
    const client = createSesameClient({ baseUrl: '/auth', fetch: server.fetch })
    const user = userEvent.setup({ delay: null })
    render(
      <StrictMode>
        <ResetPasswordForm policy={presets.classic} client={client} locale="fr" />
      </StrictMode>,
    )
    expect(window.location.hash).toBe('')
    await user.type(newPassword(), GOOD)
    await user.type(confirmation(), GOOD)
    await waitFor(() => expect(submitButton().getAttribute('aria-disabled')).toBe('false'))
    const verified = server.calls.filter((call) => call.url === '/auth/reset-password/verify')
    expect(verified.length).toBeGreaterThan(0)
    expect(verified.every((call) => call.body.token === 'abc.def.ghi')).toBe(true)
    await user.click(submitButton())
    await screen.findByText('Votre mot de passe a été mis à jour.')
    expect(server.calls.at(-1)?.body).toMatchObject({ token: 'abc.def.ghi' })
  })

  test('focus goes to the first invalid field after a refused press, and to the title after success', async () => {
    const { user, server } = setup()
    await waitFor(() => expect(server.calls).toHaveLength(1))
    await user.type(newPassword(), 'abc')
    await user.click(submitButton())
    await waitFor(() => expect(document.activeElement).toBe(newPassword()))
    await user.clear(newPassword())
    await user.type(newPassword(), GOOD)
    await user.type(confirmation(), GOOD)
    await user.click(submitButton())
    await screen.findByText('Votre mot de passe a été mis à jour.')
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }))
  })

  test('a link that could not be checked can be checked again', async () => {
    let attempts = 0
    const { user, server } = setup({
      'POST /auth/reset-password/verify': () => {
        attempts += 1
        return attempts === 1
          ? problem(503, 'unavailable')
          : new Response(JSON.stringify({ expiresAt: '2030-01-01T00:00:00.000Z' }), {
              headers: { 'content-type': 'application/json' },
            })
      },
    })
    const retry = await screen.findByRole('button', { name: 'Réessayer' })
    expect(screen.getByRole('alert').textContent).toBe(
      'Le service est indisponible. Réessayez dans quelques instants.',
    )
    await user.click(retry)
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Réessayer' })).toBeNull())
    expect(screen.getByRole('alert').textContent).toBe('')
    expect(server.calls.map((call) => call.body.token)).toEqual(['abc.def.ghi', 'abc.def.ghi'])
    await user.type(newPassword(), GOOD)
    await user.type(confirmation(), GOOD)
    expect(submitButton().getAttribute('aria-disabled')).toBe('false')
  })

  test('speaks English', async () => {
    setup({}, 'en')
    expect(screen.getByRole('heading', { name: 'Update my password' })).toBeTruthy()
    expect(screen.getByLabelText('New password')).toBeTruthy()
    expect(screen.getByLabelText('Confirm password')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Submit' })).toBeTruthy()
  })
})
