import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test, vi } from 'vitest'
import { createSesameClient, ForgotPasswordForm } from '../src/index'
import { fakeServer, problem } from './helpers/fake-server'
import { fieldError } from './helpers/field-error'

function setup(routes: Parameters<typeof fakeServer>[0] = {}, locale = 'fr') {
  const server = fakeServer(routes)
  const client = createSesameClient({ baseUrl: '/auth', fetch: server.fetch })
  const onSent = vi.fn()
  render(<ForgotPasswordForm client={client} locale={locale} onSent={onSent} />)
  return { server, onSent, user: userEvent.setup({ delay: null }) }
}

describe('<ForgotPasswordForm>', () => {
  test('sends the email, then says a message was sent', async () => {
    const { server, user, onSent } = setup()
    expect(screen.getByRole('heading', { name: 'Mot de passe oublié ?' })).toBeTruthy()
    const status = screen.getByRole('status')
    expect(status.textContent).toBe('')
    await user.type(screen.getByLabelText('Email'), 'marie@example.com')
    await user.click(screen.getByRole('button', { name: 'Valider' }))
    await waitFor(() => expect(status.textContent).toMatch(/^Un message a été envoyé/))
    expect(server.calls).toEqual([
      expect.objectContaining({
        method: 'POST',
        url: '/auth/forgot-password',
        body: { email: 'marie@example.com', locale: 'fr' },
      }),
    ])
    expect(screen.queryByLabelText('Email')).toBeNull()
    expect(onSent).toHaveBeenCalledTimes(1)
  })

  test('refuses a value that is not an email without calling the server', async () => {
    const { server, user } = setup()
    const input = screen.getByLabelText('Email')
    expect(input.getAttribute('autocomplete')).toBe('email')
    await user.type(input, 'marie')
    await user.keyboard('{Enter}')
    expect(fieldError(input)).toBe('Saisissez une adresse email valide.')
    expect(input.getAttribute('aria-invalid')).toBe('true')
    expect(server.calls).toHaveLength(0)
  })

  test('shows rate limiting as a form error and keeps the email', async () => {
    const { user } = setup({ 'POST /auth/forgot-password': () => problem(429, 'rate_limited') })
    await user.type(screen.getByLabelText('Email'), 'marie@example.com')
    await user.click(screen.getByRole('button', { name: 'Valider' }))
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'Trop de tentatives. Réessayez dans quelques minutes.',
      ),
    )
    expect(screen.getByLabelText<HTMLInputElement>('Email').value).toBe('marie@example.com')
  })

  test('speaks English', async () => {
    const { user } = setup({}, 'en')
    await user.type(screen.getByLabelText('Email'), 'marie@example.com')
    await user.click(screen.getByRole('button', { name: 'Submit' }))
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toMatch(/a message has been sent/),
    )
  })
})

describe('<ForgotPasswordForm reason="updateRequired">', () => {
  test("explains a migrated account's first sign-in", () => {
    render(<ForgotPasswordForm reason="updateRequired" locale="fr" />)
    expect(screen.getByRole('heading', { name: 'Mettre à jour mon mot de passe' })).toBeTruthy()
    expect(screen.getByText(/^Votre première connexion nécessite/)).toBeTruthy()
  })
})
