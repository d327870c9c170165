import { presets } from '@sesame/core'
import type { RouteName } from '@sesame/core/wire'
import { ROUTES } from '@sesame/core/wire'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test } from 'vitest'
import {
  AcceptInvitationForm,
  ActivationView,
  ChangePasswordForm,
  createSesameClient,
  ResetCodeForm,
  SignInForm,
  SignUpForm,
} from '../src/index'
import { ACCOUNT_PASSWORD, fakeServer } from './helpers/fake-server'

// The lifecycle routes are served by flows that land in @sesame/server separately: each suite runs
// once the real handler answers its route (anything but `not_found`), and is skipped until then.
const probe = fakeServer()
async function answers(name: RouteName, body: Record<string, unknown>): Promise<string | null> {
  const response = await probe.handler.fetch(
    new Request(`http://test/auth${ROUTES[name].path}`, {
      method: ROUTES[name].method,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
    { clientAddress: '127.0.0.1' },
  )
  const json = (await response.json().catch(() => ({}))) as { code?: unknown }
  return typeof json.code === 'string' ? json.code : null
}
async function hasRoute(name: RouteName): Promise<boolean> {
  return (await answers(name, {})) !== 'not_found'
}
// Whole screens walked with the keyboard: slow on a loaded machine.
const UI = { timeout: 20_000 }
const GOOD = 'Sésame-2026!'
const NEXT = 'Nouveau-2027?'
const code = await answers('resetPassword', {
  email: 'nobody@example.com',
  code: '00000000',
  password: GOOD,
  confirmation: GOOD,
})
const hasCodeReset = code === 'code_invalid'

function setup() {
  const server = fakeServer()
  const client = createSesameClient({ baseUrl: '/auth', fetch: server.fetch })
  return { server, client, user: userEvent.setup({ delay: null }) }
}

describe('<SignInForm> against the real handler', () => {
  test('an unknown email gets the one credentials text', UI, async () => {
    const { client, user } = setup()
    render(<SignInForm policy={presets.classic} client={client} locale="fr" />)
    await user.type(screen.getByLabelText('Email'), 'nobody@example.com')
    await user.type(screen.getByLabelText('Mot de passe'), GOOD)
    await user.keyboard('{Enter}')
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'Adresse email ou mot de passe incorrect.',
      ),
    )
  })
})

describe('<SignInForm> signs in on the real handler', () => {
  test('the right password opens the session', UI, async () => {
    const { client, user, server } = setup()
    render(<SignInForm policy={presets.classic} client={client} locale="fr" />)
    await user.type(screen.getByLabelText('Email'), 'marie@example.com')
    await user.type(screen.getByLabelText('Mot de passe'), ACCOUNT_PASSWORD)
    await user.keyboard('{Enter}')
    await screen.findByText('Vous êtes connecté.')
    expect(server.calls.map((call) => call.url)).toEqual(['/auth/sign-in'])
  })
})

describe('<ChangePasswordForm> against the real handler', () => {
  test('without a session the form says so', UI, async () => {
    const { client, user } = setup()
    render(<ChangePasswordForm policy={presets.classic} client={client} locale="fr" />)
    await user.type(screen.getByLabelText('Mot de passe actuel'), GOOD)
    await user.type(screen.getByLabelText('Nouveau mot de passe'), NEXT)
    await user.type(screen.getByLabelText('Confirmation du mot de passe'), NEXT)
    await user.click(screen.getByRole('button', { name: 'Valider' }))
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'Votre session a expiré : reconnectez-vous.',
      ),
    )
  })
})

describe('<SignUpForm> against the real handler', () => {
  test('a taken and a free email both end on "check your email"', UI, async () => {
    for (const email of ['marie@example.com', 'new@example.com']) {
      const { client, user } = setup()
      const view = render(<SignUpForm policy={presets.classic} client={client} locale="fr" />)
      await user.type(screen.getByLabelText('Email'), email)
      await user.type(screen.getByLabelText('Mot de passe'), GOOD)
      await user.type(screen.getByLabelText('Confirmation du mot de passe'), GOOD)
      await user.click(screen.getByRole('button', { name: 'Valider' }))
      await waitFor(() =>
        expect(screen.getByRole('status').textContent).toContain('Un message a été envoyé'),
      )
      view.unmount()
    }
  })
})

describe('<ActivationView> against the real handler', () => {
  test('a forged link is a dead link', UI, async () => {
    const { client } = setup()
    render(<ActivationView client={client} locale="fr" token="not-a-token" />)
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe("Ce lien d'activation n'est pas valide."),
    )
  })
})

describe('<AcceptInvitationForm> against the real handler', () => {
  test('a forged invitation is a dead link', UI, async () => {
    const { client, user } = setup()
    render(
      <AcceptInvitationForm
        policy={presets.classic}
        client={client}
        locale="fr"
        token="not-a-token"
      />,
    )
    await user.type(screen.getByLabelText('Nouveau mot de passe'), GOOD)
    await user.type(screen.getByLabelText('Confirmation du mot de passe'), GOOD)
    await user.click(screen.getByRole('button', { name: 'Valider' }))
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe("Ce lien d'invitation n'est pas valide."),
    )
  })
})

describe('<ResetCodeForm> against the real handler', () => {
  test('a code that was never sent brings the user back to the code', UI, async () => {
    const { client, user } = setup()
    render(<ResetCodeForm policy={presets.classic} client={client} locale="fr" />)
    await user.type(screen.getByLabelText('Email'), 'marie@example.com')
    await user.type(screen.getByLabelText('Code reçu par email'), '12345678')
    await user.click(screen.getByRole('button', { name: 'Continuer' }))
    await user.type(await screen.findByLabelText('Nouveau mot de passe'), GOOD)
    await user.type(screen.getByLabelText('Confirmation du mot de passe'), GOOD)
    await user.click(screen.getByRole('button', { name: 'Valider' }))
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain(
        "Ce code n'est pas valide ou a expiré.",
      ),
    )
  })
})

test('the probe tells an absent route from a present one', UI, async () => {
  expect(await hasRoute('forgotPassword')).toBe(true)
  expect(hasCodeReset).toBe(true)
  expect(await answers('forgotPassword', {})).not.toBe('not_found')
})
