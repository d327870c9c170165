import { presets } from '@sesame/core'
import { act, renderHook, waitFor } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { createSesameClient, useActivation, useResetCodeForm, useSignInForm } from '../src/index'
import { refuse, wireServer } from './helpers/wire-server'

const GOOD = 'Sésame-2026!'

describe('the lifecycle hooks', () => {
  test('useSignInForm: the update branch’s snapshot and actions come with the sign-in’s', async () => {
    const server = wireServer({
      signIn: () =>
        refuse('password_update_required', {
          updateToken: 'u',
          expiresAt: '2030-01-01T00:00:00.000Z',
        }),
      resetPassword: () => ({ body: { status: 'password_changed', signedIn: true } }),
    })
    const client = createSesameClient({ baseUrl: '/auth', fetch: server.fetch })
    const { result } = renderHook(() =>
      useSignInForm({ policy: presets.classic, locale: 'fr', client }),
    )
    expect(result.current.update).toBeUndefined()
    act(() => {
      result.current.setEmail('marie@example.com')
      result.current.setPassword(GOOD)
    })
    await act(() => result.current.handleSubmit())
    expect(result.current.step).toBe('update')
    act(() => result.current.update?.setPassword('aB1'))
    expect(result.current.update?.checklist.missing).toEqual([
      '2 chiffres',
      '8 caractères',
      '1 caractère spécial',
    ])
    act(() => {
      result.current.update?.setPassword(GOOD)
      result.current.update?.setConfirmation(GOOD)
    })
    await act(async () => {
      await result.current.update?.handleSubmit()
    })
    expect(result.current.step).toBe('done')
  })

  test('useResetCodeForm: options synced after render reach the controller', () => {
    const { result, rerender } = renderHook(
      ({ locale }: { locale: string }) => useResetCodeForm({ policy: presets.classic, locale }),
      { initialProps: { locale: 'fr' } },
    )
    act(() => {
      result.current.handleNext()
    })
    expect(result.current.errors.email).toBe('Saisissez votre adresse email.')
    rerender({ locale: 'en' })
    expect(result.current.errors.email).toBe('Enter your email address.')
  })

  test('useActivation: a token prop is sent once', async () => {
    const server = wireServer({
      activate: () => ({ body: { status: 'activated', signedIn: true } }),
    })
    const client = createSesameClient({ baseUrl: '/auth', fetch: server.fetch })
    const { result, rerender } = renderHook(() => useActivation({ client, token: 'tok' }))
    await waitFor(() => expect(result.current.step).toBe('activated'))
    rerender()
    expect(server.calls).toHaveLength(1)
  })
})
