import { presets } from '@sesame/core'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, test } from 'vitest'
import { PasswordChecklist, PasswordField } from '../src/index'

function Screen({ locale = 'fr', delay = 1000 }: { locale?: string; delay?: number }) {
  const [password, setPassword] = useState('')
  return (
    <>
      <PasswordField
        label="Nouveau mot de passe"
        policy={presets.classic}
        value={password}
        onValueChange={setPassword}
        describedBy="rules"
        locale={locale}
      />
      <PasswordChecklist
        id="rules"
        policy={presets.classic}
        password={password}
        locale={locale}
        announceDelayMs={delay}
      />
    </>
  )
}

const states = () => screen.getAllByRole('listitem').map((item) => item.getAttribute('data-met'))

describe('<PasswordChecklist>', () => {
  test('shows the heading and the seed five French labels, neutral until something is typed', () => {
    render(<Screen />)
    expect(screen.getByText('Votre mot de passe doit contenir :')).toBeTruthy()
    const list = screen.getByRole('list', { name: 'Votre mot de passe doit contenir :' })
    const items = within(list).getAllByRole('listitem')
    expect(
      items.map((item) => item.querySelector('.sesame-checklist__label')?.textContent),
    ).toEqual([
      '1 lettre minuscule',
      '1 lettre majuscule',
      '2 chiffres',
      '8 caractères',
      '1 caractère spécial',
    ])
    // Nothing typed is a list of requirements, not five errors.
    expect(states()).toEqual(['pending', 'pending', 'pending', 'pending', 'pending'])
    expect(items.map((item) => item.getAttribute('data-state'))).toEqual(Array(5).fill('idle'))
    expect(items[0]?.textContent).toBe('• 1 lettre minuscule')
  })

  test('ticks the items in the order the password meets them, keystroke by keystroke', async () => {
    const user = userEvent.setup({ delay: null })
    render(<Screen />)
    const input = screen.getByLabelText('Nouveau mot de passe')
    const seen: (string | null)[][] = []
    for (const key of ['a', 'B', '1', '2', 'c', 'd', 'e', '!', 'f']) {
      await user.type(input, key)
      seen.push(states())
    }
    expect(seen).toEqual([
      ['true', 'false', 'false', 'false', 'false'],
      ['true', 'true', 'false', 'false', 'false'],
      ['true', 'true', 'false', 'false', 'false'],
      ['true', 'true', 'true', 'false', 'false'],
      ['true', 'true', 'true', 'false', 'false'],
      ['true', 'true', 'true', 'false', 'false'],
      ['true', 'true', 'true', 'false', 'false'],
      ['true', 'true', 'true', 'true', 'true'],
      ['true', 'true', 'true', 'true', 'true'],
    ])
    const first = screen.getAllByRole('listitem')[0]
    expect(first?.textContent).toContain('(respecté)')
    expect(first?.querySelector('[aria-hidden="true"]')?.textContent).toBe('✓ ')
  })

  test('the field is described by the heading and the rules, not by the live region', () => {
    render(<Screen />)
    const input = screen.getByLabelText('Nouveau mot de passe')
    expect(input.getAttribute('aria-describedby')).toBe('rules')
    const described = document.getElementById('rules')
    expect(described?.querySelector('[role="status"]')).toBeNull()
    expect(described?.textContent).toContain('Votre mot de passe doit contenir :')
  })

  test('mounts an empty polite live region, then announces a summary once typing pauses', async () => {
    const user = userEvent.setup({ delay: null })
    render(<Screen delay={300} />)
    const region = screen.getByRole('status')
    expect(region.getAttribute('aria-live')).toBe('polite')
    expect(region.textContent).toBe('')
    await user.type(screen.getByLabelText('Nouveau mot de passe'), 'aB1')
    // Not on every keystroke: still silent right after typing.
    expect(region.textContent).toBe('')
    await waitFor(() =>
      expect(region.textContent).toBe(
        '2 critères sur 5 respectés. Critères non respectés : 2 chiffres, 8 caractères, 1 caractère spécial.',
      ),
    )
    await user.type(screen.getByLabelText('Nouveau mot de passe'), '2cde!')
    await waitFor(() => expect(region.textContent).toBe('Tous les critères sont respectés.'))
  })

  test('speaks English for an English locale', async () => {
    render(<Screen locale="en-US" />)
    await userEvent.setup({ delay: null }).type(screen.getByLabelText('Nouveau mot de passe'), 'A')
    expect(screen.getByText('Your password must contain:')).toBeTruthy()
    expect(screen.getByText('1 special character')).toBeTruthy()
    expect(screen.getAllByRole('listitem')[0]?.textContent).toContain('not met')
  })

  test('shows the invisible-character item only while the password fails it', async () => {
    const user = userEvent.setup()
    render(<Screen delay={0} />)
    const field = screen.getByLabelText('Nouveau mot de passe')
    await user.type(field, 'Soleil12!')
    expect(screen.getAllByRole('listitem')).toHaveLength(5)
    expect(screen.queryByText('sans caractère invisible ou invalide')).toBeNull()
    await user.type(field, '\u200b')
    expect(screen.getAllByRole('listitem')).toHaveLength(6)
    expect(screen.getByText('sans caractère invisible ou invalide')).toBeTruthy()
    expect(states().at(-1)).toBe('false')
    await user.type(field, '{Backspace}')
    expect(screen.queryByText('sans caractère invisible ou invalide')).toBeNull()
  })
})
