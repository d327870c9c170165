import { createHash } from 'node:crypto'
import { presets } from '@sesame/core'
import { act, render, renderHook, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test, vi } from 'vitest'
import { createSesameClient, ResetPasswordForm, useBreachCheck } from '../src/index'
import { fakeServer } from './helpers/fake-server'
import { fieldError } from './helpers/field-error'

const BREACHED = 'Password1234!'

// A stand-in for the range API: answers the suffixes of a prefix, padding lines included.
function pwnedRange() {
  const hash = createHash('sha1').update(BREACHED).digest('hex').toUpperCase()
  const requested: string[] = []
  const fetch = vi.fn(async (url: string) => {
    const prefix = url.slice(-5)
    requested.push(prefix)
    const lines = ['0018A45C4D1DEF81644B54AB7F969B88D65:0']
    if (prefix === hash.slice(0, 5)) lines.push(`${hash.slice(5)}:52`)
    return new Response(lines.join('\r\n'), { status: 200 })
  })
  return { fetch, requested }
}

describe('useBreachCheck', () => {
  test('sends only a 5-character prefix, and only when asked', async () => {
    const range = pwnedRange()
    const { result } = renderHook(() => useBreachCheck({ fetch: range.fetch }))
    expect(range.fetch).not.toHaveBeenCalled()
    let answer: Awaited<ReturnType<typeof result.current.check>>
    await act(async () => {
      answer = await result.current.check(BREACHED)
    })
    expect(answer).toMatchObject({ breached: true, count: 52, status: 'ok' })
    expect(result.current.result).toMatchObject({ password: BREACHED, breached: true })
    expect(range.requested).toEqual([
      createHash('sha1').update(BREACHED).digest('hex').slice(0, 5).toUpperCase(),
    ])
    await act(async () => {
      answer = await result.current.check('Tr0ub4dour&3-unique')
    })
    expect(answer).toMatchObject({ breached: false, count: 0 })
  })
})

describe('<ResetPasswordForm breach>', () => {
  test('a breached password is refused on submit, before anything is sent', async () => {
    window.history.replaceState(null, '', '/#token=t')
    const range = pwnedRange()
    const server = fakeServer()
    const user = userEvent.setup({ delay: null })
    render(
      <ResetPasswordForm
        policy={presets.classic}
        client={createSesameClient({ baseUrl: '/auth', fetch: server.fetch })}
        breach={{ fetch: range.fetch }}
        locale="fr"
      />,
    )
    await waitFor(() => expect(server.calls).toHaveLength(1))
    await user.type(screen.getByLabelText('Nouveau mot de passe'), BREACHED)
    expect(range.fetch).not.toHaveBeenCalled()
    await user.type(screen.getByLabelText('Confirmation du mot de passe'), BREACHED)
    // Leaving the password field ran one check, typing none.
    await waitFor(() => expect(range.fetch).toHaveBeenCalledTimes(1))
    await user.click(screen.getByRole('button', { name: 'Valider' }))
    await waitFor(() =>
      expect(fieldError(screen.getByLabelText('Nouveau mot de passe'))).toBe(
        'Ce mot de passe figure dans des fuites de données connues : choisissez-en un autre.',
      ),
    )
    expect(server.calls.map((call) => call.url)).toEqual(['/auth/reset-password/verify'])
  })
})
