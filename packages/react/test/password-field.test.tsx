import { presets } from '@sesame/core'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, test } from 'vitest'
import { PasswordField } from '../src/index'

function Controlled(props: { error?: string; locale?: string }) {
  const [value, setValue] = useState('')
  return (
    <PasswordField
      label="Nouveau mot de passe"
      policy={presets.classic}
      value={value}
      onValueChange={setValue}
      describedBy="rules"
      error={props.error}
      locale={props.locale ?? 'fr'}
    />
  )
}

describe('<PasswordField>', () => {
  test('is a labelled new-password input with the policy attributes', () => {
    render(<Controlled />)
    const input = screen.getByLabelText('Nouveau mot de passe')
    expect(input.getAttribute('type')).toBe('password')
    expect(input.getAttribute('autocomplete')).toBe('new-password')
    expect(input.getAttribute('minlength')).toBe('8')
    expect(input.getAttribute('maxlength')).toBe('128')
    expect(input.getAttribute('passwordrules')).toBe(
      'minlength: 8; maxlength: 128; required: lower; required: upper; required: digit;' +
        ' required: digit; required: special; allowed: ascii-printable;',
    )
    expect(input.getAttribute('aria-invalid')).toBe('false')
    expect(input.getAttribute('aria-describedby')).toBe('rules')
  })

  test('the toggle says what a press does, and the change is announced politely', async () => {
    const user = userEvent.setup({ delay: null })
    const { container } = render(<Controlled />)
    const input = screen.getByLabelText('Nouveau mot de passe')
    const toggle = screen.getByRole('button', { name: 'Afficher le mot de passe' })
    const live = container.querySelector('[aria-live="polite"]')
    expect(toggle.getAttribute('type')).toBe('button')
    expect(toggle.hasAttribute('aria-pressed')).toBe(false)
    expect(toggle.getAttribute('aria-controls')).toBe(input.id)
    // Mounted empty, so that what appears in it is announced.
    expect(live?.textContent).toBe('')
    await user.click(toggle)
    expect(input.getAttribute('type')).toBe('text')
    expect(toggle).toBe(screen.getByRole('button', { name: 'Masquer le mot de passe' }))
    expect(live?.textContent).toBe('Le mot de passe est affiché.')
    await user.click(toggle)
    expect(input.getAttribute('type')).toBe('password')
    expect(toggle).toBe(screen.getByRole('button', { name: 'Afficher le mot de passe' }))
    expect(live?.textContent).toBe('Le mot de passe est masqué.')
  })

  test('labels the toggle in English', async () => {
    render(<Controlled locale="en" />)
    await userEvent
      .setup({ delay: null })
      .click(screen.getByRole('button', { name: 'Show password' }))
    expect(screen.getByRole('button', { name: 'Hide password' })).toBeTruthy()
    expect(screen.getByText('Your password is shown.')).toBeTruthy()
  })

  test('never blocks paste', async () => {
    const user = userEvent.setup({ delay: null })
    render(<Controlled />)
    const input = screen.getByLabelText<HTMLInputElement>('Nouveau mot de passe')
    await user.click(input)
    await user.paste('Collé-depuis-1-gestionnaire!')
    expect(input.value).toBe('Collé-depuis-1-gestionnaire!')
  })

  test('an error sets aria-invalid and joins the description', () => {
    render(<Controlled error="Le mot de passe ne respecte pas tous les critères." />)
    const input = screen.getByLabelText('Nouveau mot de passe')
    expect(input.getAttribute('aria-invalid')).toBe('true')
    const ids = input.getAttribute('aria-describedby')?.split(' ') ?? []
    expect(ids[0]).toBe('rules')
    expect(document.getElementById(ids[1] ?? '')?.textContent).toBe(
      'Le mot de passe ne respecte pas tous les critères.',
    )
  })

  test('forwards its ref to the input and works uncontrolled', async () => {
    const user = userEvent.setup({ delay: null })
    let node: HTMLInputElement | null = null
    render(
      <PasswordField
        label="Mot de passe"
        ref={(element) => {
          node = element
        }}
      />,
    )
    await user.type(screen.getByLabelText('Mot de passe'), 'abc')
    expect((node as HTMLInputElement | null)?.value).toBe('abc')
  })
})
