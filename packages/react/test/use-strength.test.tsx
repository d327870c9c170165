import { renderHook, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { useStrength } from '../src/index'

const estimateStrength = vi.fn(async (password: string) => ({
  score: password.length > 10 ? 4 : 1,
  guessesLog10: password.length,
  feedback: { warning: null, suggestions: [] },
  truncated: false,
  analysedLength: password.length,
}))
let imported = 0
vi.mock('@sesame/core/strength', () => {
  imported += 1
  return { estimateStrength }
})

afterEach(() => estimateStrength.mockClear())

describe('useStrength', () => {
  test('imports zxcvbn only when used, and estimates once typing pauses', async () => {
    const { result, rerender } = renderHook(
      ({ password }) => useStrength(password, { debounceMs: 20 }),
      {
        initialProps: { password: '' },
      },
    )
    expect(result.current).toEqual({ result: undefined, pending: false, error: undefined })
    expect(imported).toBe(0)
    rerender({ password: 'c' })
    rerender({ password: 'co' })
    rerender({ password: 'correct horse battery' })
    expect(result.current.pending).toBe(true)
    await waitFor(() => expect(result.current.result?.score).toBe(4))
    expect(result.current.pending).toBe(false)
    expect(imported).toBe(1)
    // Only the password typing paused on was estimated.
    expect(estimateStrength.mock.calls.map(([password]) => password)).toEqual([
      'correct horse battery',
    ])
  })

  test('does nothing when disabled', async () => {
    const { result } = renderHook(() => useStrength('abc', { enabled: false, debounceMs: 0 }))
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(result.current.result).toBeUndefined()
    expect(estimateStrength).not.toHaveBeenCalled()
  })
})
