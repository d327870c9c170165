import { presets } from '@sesame/core'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import axe from 'axe-core'
import { describe, expect, test } from 'vitest'
import {
  createSesameClient,
  ForgotPasswordForm,
  PasswordChecklist,
  PasswordField,
  ResetPasswordForm,
} from '../src/index'
import { fakeServer, problem } from './helpers/fake-server'

// jsdom has no layout: rules that need rendering are left to the browser tests.
async function violations(container: Element) {
  const results = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false } },
  })
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.length}`)
}

describe('axe-core finds no violation', () => {
  test('<PasswordChecklist> and <PasswordField>, empty and in use', async () => {
    const { container, rerender } = render(
      <main>
        <PasswordField label="Nouveau mot de passe" policy={presets.classic} describedBy="r" />
        <PasswordChecklist id="r" policy={presets.classic} password="" locale="fr" />
      </main>,
    )
    expect(await violations(container)).toEqual([])
    rerender(
      <main>
        <PasswordField
          label="Nouveau mot de passe"
          policy={presets.classic}
          describedBy="r"
          error="Le mot de passe ne respecte pas tous les critères."
          defaultVisible
        />
        <PasswordChecklist id="r" policy={presets.classic} password="aB1" locale="fr" />
      </main>,
    )
    expect(await violations(container)).toEqual([])
  })

  test('<ResetPasswordForm> with errors, and its invalid-link state', async () => {
    window.history.replaceState(null, '', '/#token=t')
    const server = fakeServer({
      'POST /auth/reset-password': () => problem(400, 'token_invalid'),
    })
    const client = createSesameClient({ baseUrl: '/auth', fetch: server.fetch })
    const user = userEvent.setup({ delay: null })
    const { container } = render(
      <main>
        <ResetPasswordForm
          policy={presets.classic}
          client={client}
          locale="fr"
          username="marie@example.com"
        />
      </main>,
    )
    await waitFor(() => expect(server.calls).toHaveLength(1))
    await user.type(screen.getByLabelText('Nouveau mot de passe'), 'abc')
    await user.type(screen.getByLabelText('Confirmation du mot de passe'), 'abd')
    await user.click(screen.getByRole('button', { name: 'Valider' }))
    expect(await violations(container)).toEqual([])
    await user.clear(screen.getByLabelText('Nouveau mot de passe'))
    await user.type(screen.getByLabelText('Nouveau mot de passe'), 'Sésame-2026!')
    await user.clear(screen.getByLabelText('Confirmation du mot de passe'))
    await user.type(screen.getByLabelText('Confirmation du mot de passe'), 'Sésame-2026!')
    await user.click(screen.getByRole('button', { name: 'Valider' }))
    await screen.findByText("Ce lien de réinitialisation n'est pas valide.")
    expect(await violations(container)).toEqual([])
  })

  test('<ForgotPasswordForm>, with an error and once sent', async () => {
    const server = fakeServer()
    const client = createSesameClient({ baseUrl: '/auth', fetch: server.fetch })
    const user = userEvent.setup({ delay: null })
    const { container } = render(
      <main>
        <ForgotPasswordForm client={client} locale="fr" />
      </main>,
    )
    await user.type(screen.getByLabelText('Email'), 'marie')
    await user.keyboard('{Enter}')
    expect(await violations(container)).toEqual([])
    await user.type(screen.getByLabelText('Email'), '@example.com')
    await user.keyboard('{Enter}')
    await waitFor(() => expect(screen.getByRole('status').textContent).not.toBe(''))
    expect(await violations(container)).toEqual([])
  })
})
