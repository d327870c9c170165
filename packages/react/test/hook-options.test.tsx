import { definePolicy, presets } from '@sesame/core'
import { act, renderHook, waitFor } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { createSesameClient, useForgotPasswordForm, useResetPasswordForm } from '../src/index'
import { fakeServer } from './helpers/fake-server'

describe('the hooks keep one controller and sync its options after each render', () => {
  test('a new locale or policy re-derives the texts and the checklist, keeping what was typed', async () => {
    const client = createSesameClient({ baseUrl: '/auth', fetch: fakeServer().fetch })
    let renders = 0
    const { result, rerender } = renderHook(
      ({ locale, policy }) => {
        renders += 1
        // Fresh option objects on every render, as callers write them.
        return useResetPasswordForm({
          policy,
          locale,
          client,
          token: 't',
          context: { email: 'a@b.c' },
        })
      },
      { initialProps: { locale: 'fr', policy: presets.classic } },
    )
    await waitFor(() => expect(result.current.flow.step).toBe('chooseNewPassword'))
    await act(async () => {
      result.current.setPassword('abc')
      await result.current.handleSubmit()
    })
    expect(result.current.errors.password).toMatch(/^Le mot de passe ne respecte pas/)
    rerender({ locale: 'en', policy: presets.classic })
    expect(result.current.password).toBe('abc')
    expect(result.current.errors.password).toBe(
      'The password does not meet every requirement. Requirements not met: 1 uppercase letter, 2 digits, 8 characters, 1 special character.',
    )
    const short = definePolicy({ version: 1, rules: [{ type: 'length', min: 3 }] })
    rerender({ locale: 'en', policy: short })
    expect(result.current.rulesPass).toBe(true)
    expect(result.current.errors.password).toBeUndefined()
    // Re-renders with equal options publish nothing: no render loop.
    const before = renders
    rerender({ locale: 'en', policy: short })
    expect(renders - before).toBe(1)
  })

  test('useForgotPasswordForm follows its locale', async () => {
    const { result, rerender } = renderHook(({ locale }) => useForgotPasswordForm({ locale }), {
      initialProps: { locale: 'fr' },
    })
    await act(async () => {
      await result.current.handleSubmit()
    })
    expect(result.current.errors.email).toBe('Saisissez votre adresse email.')
    rerender({ locale: 'en' })
    expect(result.current.errors.email).toBe('Enter your email address.')
  })
})
