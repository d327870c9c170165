import { presets } from '@sesame/core'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import axe from 'axe-core'
import { StrictMode } from 'react'
import { afterEach, describe, expect, test } from 'vitest'
import {
  AcceptInvitationForm,
  ActivationView,
  ChangePasswordForm,
  createSesameClient,
  ResetCodeForm,
  SignInForm,
  SignUpForm,
} from '../src/index'
import { refuse, wireServer } from './helpers/wire-server'

const GOOD = 'Sésame-2026!'
const NEXT = 'Nouveau-2027?'
type Answers = Parameters<typeof wireServer>[0]

async function violations(container: Element) {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } })
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.length}`)
}

function setup(answers: Answers) {
  const server = wireServer(answers)
  const client = createSesameClient({ baseUrl: '/auth', fetch: server.fetch })
  return { server, client, user: userEvent.setup({ delay: null }) }
}

const checklistItems = () =>
  screen.getAllByRole('listitem').filter((item) => item.closest('.sesame-checklist'))

const reused = refuse('password_policy', {
  field: 'password',
  errors: [{ field: 'password', check: 'reused' }],
  checks: [{ id: 'reused', type: 'reused', required: 0, actual: 1, met: false, label: 'reused' }],
})

// Whole screens walked with the keyboard and checked by axe: slow on a loaded machine.
const UI = { timeout: 20_000 }

afterEach(() => window.history.replaceState(null, '', '/'))

describe('<SignInForm>', () => {
  test(
    'labels, autocomplete, the show/hide button announced, one error text for wrong credentials',
    UI,
    async () => {
      const { client, user } = setup({ signIn: () => refuse('invalid_credentials') })
      const { container } = render(
        <main>
          <SignInForm
            policy={presets.classic}
            client={client}
            locale="fr"
            forgotPasswordHref="/oubli"
          />
        </main>,
      )
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Me connecter')
      const email = screen.getByLabelText('Email')
      const password = screen.getByLabelText('Mot de passe')
      expect(email.getAttribute('autocomplete')).toBe('username')
      expect(password.getAttribute('autocomplete')).toBe('current-password')
      expect(screen.getByRole('link', { name: 'Mot de passe oublié ?' }).getAttribute('href')).toBe(
        '/oubli',
      )
      await user.click(screen.getByRole('button', { name: 'Afficher le mot de passe' }))
      expect(password.getAttribute('type')).toBe('text')
      expect(screen.getByText('Le mot de passe est affiché.')).toBeTruthy()
      expect(screen.getByRole('button', { name: 'Masquer le mot de passe' })).toBeTruthy()
      expect(await violations(container)).toEqual([])

      // A refused submit: focus on the first invalid field, an announced summary.
      await user.click(screen.getByRole('button', { name: 'Me connecter' }))
      await waitFor(() => expect(document.activeElement).toBe(email))
      const alert = screen.getByRole('alert')
      expect(
        within(alert)
          .getAllByRole('link')
          .map((link) => link.textContent),
      ).toEqual(['Saisissez votre adresse email.', 'Saisissez votre mot de passe.'])
      expect(email.getAttribute('aria-invalid')).toBe('true')
      expect(await violations(container)).toEqual([])

      await user.type(email, 'marie@example.com')
      await user.type(password, 'wrong')
      await user.click(screen.getByRole('button', { name: 'Me connecter' }))
      await waitFor(() =>
        expect(alert.textContent).toBe('Adresse email ou mot de passe incorrect.'),
      )
      expect(email.getAttribute('aria-invalid')).toBe('false')
      expect(await violations(container)).toEqual([])
    },
  )

  test("an app's own layout: the button's text, the forgot link before it, placeholders", async () => {
    const { client } = setup({ signIn: () => refuse('invalid_credentials') })
    render(
      <SignInForm
        policy={presets.classic}
        client={client}
        locale="fr"
        showRemember
        forgotPasswordHref="/oubli"
        forgotPasswordPlacement="beforeSubmit"
        submitLabel="Valider"
        placeholders={{ email: "Saisir l'adresse email", password: 'Saisir le mot de passe' }}
      />,
    )
    const submit = screen.getByRole('button', { name: 'Valider' })
    const forgot = screen.getByRole('link', { name: 'Mot de passe oublié ?' })
    expect(screen.queryByRole('button', { name: 'Me connecter' })).toBeNull()
    expect(forgot.compareDocumentPosition(submit) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(screen.getByLabelText('Email').getAttribute('placeholder')).toBe(
      "Saisir l'adresse email",
    )
    expect(screen.getByLabelText('Mot de passe').getAttribute('placeholder')).toBe(
      'Saisir le mot de passe',
    )
  })

  test(
    'a migrated account: the update screen, the server’s reused line in the checklist, then signed in',
    UI,
    async () => {
      let resets = 0
      const { client, user, server } = setup({
        signIn: () =>
          refuse('password_update_required', {
            updateToken: 'u-token',
            expiresAt: '2030-01-01T00:00:00.000Z',
          }),
        resetPassword: () => {
          resets += 1
          return resets === 1 ? reused : { body: { status: 'password_changed', signedIn: true } }
        },
      })
      const { container } = render(
        <main>
          <SignInForm
            policy={presets.classic}
            client={client}
            locale="fr"
            footer={<p>Pas encore de compte ?</p>}
          />
        </main>,
      )
      expect(screen.getByText('Pas encore de compte ?')).toBeTruthy()
      await user.type(screen.getByLabelText('Email'), 'marie@example.com')
      await user.type(screen.getByLabelText('Mot de passe'), GOOD)
      await user.keyboard('{Enter}')
      const title = await screen.findByRole('heading', { name: 'Mettre à jour mon mot de passe' })
      // The footer belongs to the sign-in step: the update screen is about this account only.
      expect(screen.queryByText('Pas encore de compte ?')).toBeNull()
      // The screen replaced the sign-in form: focus goes with it, not to <body>.
      await waitFor(() => expect(document.activeElement).toBe(title))
      expect(
        screen.getByText(
          'Votre première connexion nécessite la mise à jour de votre mot de passe.',
        ),
      ).toBeTruthy()
      const next = screen.getByLabelText('Nouveau mot de passe')
      expect(next.getAttribute('autocomplete')).toBe('new-password')
      // The checklist starts neutral: nothing typed is not five errors.
      expect(checklistItems().map((item) => item.dataset.state)).toEqual(Array(5).fill('idle'))
      expect(await violations(container)).toEqual([])

      await user.type(next, GOOD)
      await user.type(screen.getByLabelText('Confirmation du mot de passe'), GOOD)
      await user.click(screen.getByRole('button', { name: 'Valider' }))
      await waitFor(() => expect(checklistItems()).toHaveLength(6))
      const line = checklistItems()[5]
      expect(line?.dataset.state).toBe('unmet')
      expect(line?.textContent).toContain('différent du mot de passe actuel et des précédents')
      await waitFor(() => expect(document.activeElement).toBe(next))
      expect(await violations(container)).toEqual([])
      expect(server.calls[1]?.body).toMatchObject({ token: 'u-token' })

      await user.clear(next)
      await user.type(next, NEXT)
      const confirmation = screen.getByLabelText('Confirmation du mot de passe')
      await user.clear(confirmation)
      await user.type(confirmation, NEXT)
      await user.click(screen.getByRole('button', { name: 'Valider' }))
      await screen.findByText('Vous êtes connecté.')
    },
  )

  test('a challenge is handed to the app’s widget, whose answer is sent', UI, async () => {
    const { client, user, server } = setup({
      signIn: (body) =>
        body.challenge === 'ok'
          ? { body: { status: 'signed_in' } }
          : refuse('challenge_required', { challenge: { kind: 'captcha' } }),
    })
    render(
      <SignInForm
        policy={presets.classic}
        client={client}
        locale="en"
        renderChallenge={(challenge, answer) => (
          <button type="button" onClick={() => answer('ok')}>
            {`Solve the ${challenge.kind}`}
          </button>
        )}
      />,
    )
    await user.type(screen.getByLabelText('Email'), 'marie@example.com')
    await user.type(screen.getByLabelText('Password'), GOOD)
    await user.keyboard('{Enter}')
    await screen.findByText('An extra check is needed: complete it, then submit again.')
    await user.type(screen.getByLabelText('Password'), GOOD)
    await user.click(screen.getByRole('button', { name: 'Solve the captcha' }))
    await screen.findByText('You are signed in.')
    expect(server.calls[1]?.body).toMatchObject({ challenge: 'ok' })
  })
})

describe('<SignUpForm>', () => {
  test(
    'ends on "check your email"; a refused submit focuses the first invalid field',
    UI,
    async () => {
      const { client, user, server } = setup({ signUp: () => ({ body: { status: 'accepted' } }) })
      const { container } = render(
        <main>
          <SignUpForm policy={presets.classic} client={client} locale="fr" showName />
        </main>,
      )
      expect(screen.getByLabelText('Nom (facultatif)').getAttribute('autocomplete')).toBe('name')
      expect(screen.getByLabelText('Mot de passe').getAttribute('autocomplete')).toBe(
        'new-password',
      )
      expect(checklistItems().map((item) => item.dataset.state)).toEqual(Array(5).fill('idle'))
      expect(await violations(container)).toEqual([])
      await user.click(screen.getByRole('button', { name: 'Valider' }))
      await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Email')))
      expect(await violations(container)).toEqual([])
      await user.type(screen.getByLabelText('Email'), 'marie@example.com')
      await user.type(screen.getByLabelText('Mot de passe'), GOOD)
      await user.type(screen.getByLabelText('Confirmation du mot de passe'), GOOD)
      await user.click(screen.getByRole('button', { name: 'Valider' }))
      await waitFor(() =>
        expect(screen.getByRole('status').textContent).toContain(
          "Un message a été envoyé à l'adresse email renseignée.",
        ),
      )
      expect(server.calls).toHaveLength(1)
      expect(await violations(container)).toEqual([])
    },
  )
})

describe('<ChangePasswordForm>', () => {
  test(
    'a wrong current password is named under it and focused; reused joins the checklist',
    UI,
    async () => {
      let answer = 0
      const { client, user } = setup({
        changePassword: () => {
          answer += 1
          return answer === 1 ? refuse('invalid_credentials') : reused
        },
      })
      const { container } = render(
        <main>
          <ChangePasswordForm
            policy={presets.classic}
            client={client}
            locale="fr"
            username="marie@example.com"
          />
        </main>,
      )
      const current = screen.getByLabelText('Mot de passe actuel')
      expect(current.getAttribute('autocomplete')).toBe('current-password')
      await user.type(current, 'old-one')
      await user.type(screen.getByLabelText('Nouveau mot de passe'), NEXT)
      await user.type(screen.getByLabelText('Confirmation du mot de passe'), NEXT)
      await user.click(screen.getByRole('button', { name: 'Valider' }))
      await waitFor(() => expect(document.activeElement).toBe(current))
      expect(within(screen.getByRole('alert')).getByRole('link').textContent).toBe(
        'Le mot de passe actuel est incorrect.',
      )
      expect(await violations(container)).toEqual([])
      await user.type(current, '2')
      await user.click(screen.getByRole('button', { name: 'Valider' }))
      await waitFor(() => expect(checklistItems()).toHaveLength(6))
      expect(checklistItems()[5]?.dataset.state).toBe('unmet')
      expect(await violations(container)).toEqual([])
    },
  )
})

describe('<ResetCodeForm>', () => {
  test(
    'a numeric one-time-code input, then the new password; a refused code comes back to it',
    UI,
    async () => {
      let answer = 0
      const { client, user, server } = setup({
        resetPassword: () => {
          answer += 1
          return answer === 1
            ? refuse('code_invalid')
            : { body: { status: 'password_changed', signedIn: true } }
        },
      })
      const { container } = render(
        <main>
          <ResetCodeForm policy={presets.classic} client={client} locale="fr" />
        </main>,
      )
      const code = screen.getByLabelText('Code reçu par email')
      expect(code.getAttribute('inputmode')).toBe('numeric')
      expect(code.getAttribute('autocomplete')).toBe('one-time-code')
      expect(code.getAttribute('maxlength')).toBe('8')
      expect(await violations(container)).toEqual([])
      await user.type(screen.getByLabelText('Email'), 'marie@example.com')
      await user.type(code, '12ab34')
      expect((code as HTMLInputElement).value).toBe('1234')
      await user.click(screen.getByRole('button', { name: 'Continuer' }))
      await waitFor(() => expect(document.activeElement).toBe(code))
      expect(screen.getByRole('alert').textContent).toContain('Le code comporte 8 chiffres.')
      expect(await violations(container)).toEqual([])
      await user.type(code, '5678')
      await user.click(screen.getByRole('button', { name: 'Continuer' }))
      await screen.findByRole('heading', { name: 'Mettre à jour mon mot de passe' })
      await user.type(screen.getByLabelText('Nouveau mot de passe'), GOOD)
      await user.type(screen.getByLabelText('Confirmation du mot de passe'), GOOD)
      expect(await violations(container)).toEqual([])
      await user.click(screen.getByRole('button', { name: 'Valider' }))
      const back = await screen.findByLabelText('Code reçu par email')
      await waitFor(() => expect(document.activeElement).toBe(back))
      expect(screen.getByRole('alert').textContent).toContain(
        "Ce code n'est pas valide ou a expiré.",
      )
      await user.clear(back)
      await user.type(back, '87654321')
      await user.click(screen.getByRole('button', { name: 'Continuer' }))
      await user.click(await screen.findByRole('button', { name: 'Valider' }))
      await screen.findByText('Votre mot de passe a été mis à jour.')
      expect(server.calls.map((call) => call.body.code)).toEqual(['12345678', '87654321'])
    },
  )
})

describe('<AcceptInvitationForm> and <ActivationView>', () => {
  test('the invitation’s token from the fragment, the first password, done', UI, async () => {
    window.history.replaceState(null, '', '/invitation#token=invite-token')
    const { client, user, server } = setup({
      acceptInvitation: () => ({ body: { status: 'password_set', signedIn: true } }),
    })
    const { container } = render(
      <main>
        <AcceptInvitationForm policy={presets.classic} client={client} locale="fr" />
      </main>,
    )
    expect(screen.getByRole('heading', { name: 'Choisir mon mot de passe' })).toBeTruthy()
    await waitFor(() => expect(window.location.hash).toBe(''))
    expect(await violations(container)).toEqual([])
    await user.type(screen.getByLabelText('Nouveau mot de passe'), GOOD)
    await user.type(screen.getByLabelText('Confirmation du mot de passe'), GOOD)
    await user.click(screen.getByRole('button', { name: 'Valider' }))
    await screen.findByText('Votre mot de passe est enregistré.')
    expect(server.calls[0]?.body).toEqual({
      token: 'invite-token',
      password: GOOD,
      confirmation: GOOD,
    })
    expect(await violations(container)).toEqual([])
  })

  test('activation sends the link once under StrictMode, and says it is done', UI, async () => {
    window.history.replaceState(null, '', '/activer#token=activation-token')
    const { client, server } = setup({
      activate: () => ({ body: { status: 'activated', signedIn: false } }),
    })
    const { container } = render(
      <StrictMode>
        <main>
          <ActivationView client={client} locale="fr" signInHref="/connexion" />
        </main>
      </StrictMode>,
    )
    await screen.findByText('Votre compte est activé.')
    expect(server.calls).toHaveLength(1)
    expect(window.location.hash).toBe('')
    expect(screen.getByRole('link', { name: 'Me connecter' }).getAttribute('href')).toBe(
      '/connexion',
    )
    expect(await violations(container)).toEqual([])
  })

  test('a dead activation link is an alert', UI, async () => {
    const { client } = setup({ activate: () => refuse('token_expired') })
    const { container } = render(
      <main>
        <ActivationView client={client} locale="fr" token="t" />
      </main>,
    )
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe("Ce lien d'activation a expiré."),
    )
    expect(await violations(container)).toEqual([])
  })
})
