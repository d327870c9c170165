import { definePolicy, presets } from '@sesame/core'
import { renderHook } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { usePasswordChecklist } from '../src/index'

describe('usePasswordChecklist', () => {
  test('gives the seed five French labels, in order, and the checks on the first render', () => {
    const { result } = renderHook(() =>
      usePasswordChecklist(presets.classic, 'aB1', { locale: 'fr' }),
    )
    expect(result.current.labels).toEqual([
      '1 lettre minuscule',
      '1 lettre majuscule',
      '2 chiffres',
      '8 caractères',
      '1 caractère spécial',
    ])
    expect(result.current.checks.map((check) => check.met)).toEqual([
      true,
      true,
      false,
      false,
      false,
    ])
    expect(result.current.ok).toBe(false)
  })

  test('is ok once every rule is met, and follows the locale', () => {
    const { result } = renderHook(() =>
      usePasswordChecklist(presets.classic, 'Abcdef12!', { locale: 'en-GB' }),
    )
    expect(result.current.ok).toBe(true)
    expect(result.current.labels[2]).toBe('2 digits')
  })

  test('returns the same object while its inputs keep the same contents', () => {
    const { result, rerender } = renderHook(
      ({ password, email }) =>
        usePasswordChecklist(presets.nist, password, { context: { email }, locale: 'fr' }),
      { initialProps: { password: 'correct horse', email: 'marie@example.com' } },
    )
    const first = result.current
    rerender({ password: 'correct horse', email: 'marie@example.com' })
    expect(result.current).toBe(first)
    rerender({ password: 'correct horsf', email: 'marie@example.com' })
    expect(result.current).not.toBe(first)
  })

  test('re-evaluates when the context changes (notContextual rule)', () => {
    const policy = definePolicy({ version: 1, rules: [{ type: 'notContextual' }] })
    const { result, rerender } = renderHook(
      ({ email }) => usePasswordChecklist(policy, 'jeanne-2026-xyz', { context: { email } }),
      { initialProps: { email: 'paul@example.com' } },
    )
    expect(result.current.ok).toBe(true)
    rerender({ email: 'jeanne@example.com' })
    expect(result.current.ok).toBe(false)
  })
})
