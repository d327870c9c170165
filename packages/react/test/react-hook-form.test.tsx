import { zodResolver } from '@hookform/resolvers/zod'
import { passwordSchema, presets } from '@sesame/core'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useForm } from 'react-hook-form'
import { describe, expect, test, vi } from 'vitest'
import * as z from 'zod'
import { PasswordChecklist, PasswordField } from '../src/index'

const schema = z.object({ password: passwordSchema(presets.classic, { locale: 'fr' }) })

function SignUp({ onValid }: { onValid: (values: { password: string }) => void }) {
  const { register, handleSubmit, watch, formState } = useForm<
    z.input<typeof schema>,
    unknown,
    z.output<typeof schema>
  >({
    resolver: zodResolver(schema),
    defaultValues: { password: '' },
  })
  const error = formState.errors.password
  return (
    <form onSubmit={handleSubmit(onValid)} noValidate>
      <PasswordField
        label="Mot de passe"
        {...register('password')}
        describedBy="rules"
        error={error?.message}
      />
      <PasswordChecklist
        id="rules"
        policy={presets.classic}
        password={String(watch('password') ?? '')}
        locale="fr"
      />
      <button type="submit">Créer mon compte</button>
    </form>
  )
}

describe('react-hook-form + zodResolver(passwordSchema(policy))', () => {
  test('register() drives the field and the checklist; the schema blocks then lets the submit through', async () => {
    const user = userEvent.setup({ delay: null })
    const onValid = vi.fn()
    render(<SignUp onValid={onValid} />)
    const input = screen.getByLabelText('Mot de passe')
    await user.type(input, 'aB1')
    expect(screen.getAllByRole('listitem').map((item) => item.getAttribute('data-met'))).toEqual([
      'true',
      'true',
      'false',
      'false',
      'false',
    ])
    await user.click(screen.getByRole('button', { name: 'Créer mon compte' }))
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'))
    // The schema's first issue is the first rule not met, with the checklist's own label.
    expect(document.querySelector('.sesame-field__error')?.textContent).toBe('2 chiffres')
    expect(onValid).not.toHaveBeenCalled()
    await user.type(input, '2cdefg!')
    await user.click(screen.getByRole('button', { name: 'Créer mon compte' }))
    await waitFor(() => expect(onValid).toHaveBeenCalledTimes(1))
    expect(onValid.mock.calls[0]?.[0]).toEqual({ password: 'aB12cdefg!' })
  })
})
