import { presets } from '@sesame/core'
import { act, renderHook, waitFor } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { createSesameClient, useResetPasswordForm } from '../src/index'
import { fakeServer, json, problem } from './helpers/fake-server'

describe('useResetPasswordForm', () => {
  test('follows the flow: an update token gives chooseNewPassword in update mode, then done', async () => {
    const server = fakeServer({
      'POST /auth/reset-password/verify': () =>
        json({ usable: true, purpose: 'update', expiresAt: '2030-01-01T00:00:00.000Z' }),
    })
    const client = createSesameClient({ baseUrl: '/auth', fetch: server.fetch })
    const { result } = renderHook(() =>
      useResetPasswordForm({ policy: presets.classic, token: 'given', client, locale: 'fr' }),
    )
    expect(result.current.verifying).toBe(true)
    await waitFor(() =>
      expect(result.current.flow).toEqual({
        step: 'chooseNewPassword',
        mode: 'update',
        expiresAt: '2030-01-01T00:00:00.000Z',
        error: null,
      }),
    )
    act(() => {
      result.current.setPassword('Sésame-2026!')
      result.current.setConfirmation('Sésame-2026!')
    })
    expect(result.current.canSubmit).toBe(true)
    let stored = false
    await act(async () => {
      stored = await result.current.handleSubmit()
    })
    expect(stored).toBe(true)
    expect(result.current.flow).toEqual({ step: 'done', signedIn: true, passwordChanged: true })
    // The password has done its job: the hook no longer holds it.
    expect(result.current.password).toBe('')
    expect(server.calls[1]?.body).toEqual({
      token: 'given',
      password: 'Sésame-2026!',
      confirmation: 'Sésame-2026!',
    })
  })

  test('a server mismatch is reported on the confirmation and recorded in the flow', async () => {
    const server = fakeServer({
      'POST /auth/reset-password': () => problem(422, 'confirmation_mismatch'),
    })
    const client = createSesameClient({ baseUrl: '/auth', fetch: server.fetch })
    const { result } = renderHook(() =>
      useResetPasswordForm({ policy: presets.classic, token: 't', client, locale: 'en' }),
    )
    await waitFor(() => expect(result.current.flow.step).toBe('chooseNewPassword'))
    act(() => {
      result.current.setPassword('Sésame-2026!')
      result.current.setConfirmation('Sésame-2026!')
    })
    await act(async () => {
      await result.current.handleSubmit()
    })
    expect(result.current.flow).toMatchObject({ step: 'chooseNewPassword', error: 'mismatch' })
    expect(result.current.errors.confirmation).toBe('The two passwords do not match.')
  })

  test('accepts a confirmation typed with another Unicode form of the same password', async () => {
    const server = fakeServer({})
    const client = createSesameClient({ baseUrl: '/auth', fetch: server.fetch })
    const { result } = renderHook(() =>
      useResetPasswordForm({ policy: presets.classic, token: 't', client, locale: 'fr' }),
    )
    await waitFor(() => expect(result.current.flow.step).toBe('chooseNewPassword'))
    act(() => {
      result.current.setPassword('Cafe\u0301-cr3me-2!')
      result.current.setConfirmation('Caf\u00e9-cr3me-2!')
      result.current.blurConfirmation()
    })
    expect(result.current.confirmationMatches).toBe(true)
    expect(result.current.canSubmit).toBe(true)
    expect(result.current.errors.confirmation).toBeUndefined()
  })
})
