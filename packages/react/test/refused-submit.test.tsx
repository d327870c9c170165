import { presets } from '@sesame/core'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import axe from 'axe-core'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { createSesameClient, ForgotPasswordForm, ResetPasswordForm } from '../src/index'
import { fakeServer } from './helpers/fake-server'
import { fieldError } from './helpers/field-error'

const GOOD = 'Sésame-2026!'

async function violations(container: Element) {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } })
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.length}`)
}

async function resetForm(locale = 'fr') {
  const server = fakeServer()
  const client = createSesameClient({ baseUrl: '/auth', fetch: server.fetch })
  const view = render(
    <main>
      <ResetPasswordForm policy={presets.classic} client={client} locale={locale} />
    </main>,
  )
  await waitFor(() => expect(server.calls).toHaveLength(1))
  return { ...view, server, user: userEvent.setup({ delay: null }) }
}

const newPassword = () => screen.getByLabelText('Nouveau mot de passe')
const confirmation = () => screen.getByLabelText('Confirmation du mot de passe')
const items = () =>
  screen.getAllByRole('listitem').filter((item) => item.closest('.sesame-checklist'))

beforeEach(() => window.history.replaceState(null, '', '/#token=abc.def.ghi'))
afterEach(() => window.history.replaceState(null, '', '/'))

describe('a refused submit is announced and focuses the first invalid field', () => {
  test('empty fields: focus on the new password, a summary linking both fields', async () => {
    const { user, server, container } = await resetForm()
    const alert = screen.getByRole('alert')
    // Mounted empty from the first render, so that what appears in it is announced.
    expect(alert.textContent).toBe('')
    await user.click(screen.getByRole('button', { name: 'Valider' }))
    await waitFor(() => expect(document.activeElement).toBe(newPassword()))
    expect(within(alert).getByText('Il y a un problème')).toBeTruthy()
    const links = within(alert).getAllByRole('link')
    expect(links.map((link) => link.textContent)).toEqual([
      'Saisissez un nouveau mot de passe.',
      'Confirmez le nouveau mot de passe.',
    ])
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      `#${newPassword().id}`,
      `#${confirmation().id}`,
    ])
    for (const input of [newPassword(), confirmation()]) {
      expect(input.getAttribute('aria-invalid')).toBe('true')
    }
    // The same words under each field as in the summary.
    expect(fieldError(newPassword())).toBe('Saisissez un nouveau mot de passe.')
    expect(fieldError(confirmation())).toBe('Confirmez le nouveau mot de passe.')
    expect(await violations(container)).toEqual([])
    await user.click(links[1] as HTMLElement)
    expect(document.activeElement).toBe(confirmation())
    // The fragment is left alone: no token or field id lands in the address bar.
    expect(window.location.hash).toBe('')
    expect(server.calls).toHaveLength(1)
  })

  test('a mismatch focuses the confirmation, and a second refusal moves focus again', async () => {
    const { user } = await resetForm()
    await user.type(newPassword(), GOOD)
    await user.type(confirmation(), 'Sésame-2025!')
    await user.click(screen.getByRole('button', { name: 'Valider' }))
    await waitFor(() => expect(document.activeElement).toBe(confirmation()))
    expect(within(screen.getByRole('alert')).getByRole('link').textContent).toBe(
      'Les deux mots de passe ne correspondent pas.',
    )
    await user.click(newPassword())
    await user.keyboard('{Enter}')
    await waitFor(() => expect(document.activeElement).toBe(confirmation()))
  })

  test('a weak password names what is missing, in the checklist words', async () => {
    const { user } = await resetForm('en')
    await user.type(screen.getByLabelText('New password'), 'abcdefgh')
    await user.type(screen.getByLabelText('Confirm password'), 'abcdefgh')
    await user.click(screen.getByRole('button', { name: 'Submit' }))
    const message =
      'The password does not meet every requirement. Requirements not met: 1 uppercase letter, 2 digits, 1 special character.'
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('New password')))
    expect(within(screen.getByRole('alert')).getByRole('link').textContent).toBe(message)
    expect(fieldError(screen.getByLabelText('New password'))).toBe(message)
  })

  test('the forgot-password form focuses the email and says what is wrong', async () => {
    const user = userEvent.setup({ delay: null })
    const { container } = render(
      <main>
        <ForgotPasswordForm locale="fr" />
      </main>,
    )
    await user.click(screen.getByRole('button', { name: 'Valider' }))
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Email')))
    expect(within(screen.getByRole('alert')).getByRole('link').textContent).toBe(
      'Saisissez votre adresse email.',
    )
    expect(await violations(container)).toEqual([])
  })
})

describe('the checklist inside the form', () => {
  test('starts neutral and turns met per criterion', async () => {
    const { user, container } = await resetForm()
    expect(items().map((item) => item.getAttribute('data-state'))).toEqual(Array(5).fill('idle'))
    expect(container.querySelector('.sesame-field--error, .sesame-field__error')).toBeNull()
    expect(newPassword().getAttribute('aria-invalid')).toBe('false')
    expect(await violations(container)).toEqual([])
    await user.type(newPassword(), 'a')
    expect(items().map((item) => item.textContent)).toEqual([
      '✓ 1 lettre minuscule (respecté)',
      '✗ 1 lettre majuscule (non respecté)',
      '✗ 2 chiffres (non respecté)',
      '✗ 8 caractères (non respecté)',
      '✗ 1 caractère spécial (non respecté)',
    ])
    // Typing is not an error: nothing is invalid until a submit is tried.
    expect(newPassword().getAttribute('aria-invalid')).toBe('false')
  })

  test('the show/hide toggles, with the password shown, pass axe', async () => {
    const { user, container } = await resetForm()
    const [first] = screen.getAllByRole('button', { name: 'Afficher le mot de passe' })
    await user.click(first as HTMLElement)
    expect(screen.getByRole('button', { name: 'Masquer le mot de passe' })).toBe(first)
    expect(screen.getByText('Le mot de passe est affiché.')).toBeTruthy()
    expect(await violations(container)).toEqual([])
  })
})
