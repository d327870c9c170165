import { presets } from '@sesame/core'
import { renderHook, waitFor } from '@testing-library/react'
import { describe, expect, test, vi } from 'vitest'
import { usePolicy } from '../src/index'
import { fakeServer, problem } from './helpers/fake-server'

describe('usePolicy', () => {
  test('returns a given policy as is, without fetching', () => {
    const fetch = vi.fn()
    const { result } = renderHook(() => usePolicy(presets.nist, { fetch }))
    expect(result.current).toEqual({ policy: presets.nist, error: undefined, loading: false })
    expect(fetch).not.toHaveBeenCalled()
  })

  test('fetches GET /policy once, however often it renders', async () => {
    const server = fakeServer()
    const { result, rerender } = renderHook(() =>
      usePolicy('/auth/policy', { fetch: server.fetch }),
    )
    expect(result.current.loading).toBe(true)
    await waitFor(() => expect(result.current.policy).toEqual(presets.classic))
    rerender()
    rerender()
    expect(result.current.loading).toBe(false)
    expect(server.calls).toHaveLength(1)
  })

  test('aborts the request on unmount', async () => {
    let signal: AbortSignal | undefined
    const fetch = vi.fn((_url: RequestInfo | URL, init?: RequestInit) => {
      signal = init?.signal ?? undefined
      return new Promise<Response>(() => {})
    })
    const { unmount } = renderHook(() => usePolicy('/auth/policy', { fetch }))
    await waitFor(() => expect(fetch).toHaveBeenCalledTimes(1))
    expect(signal?.aborted).toBe(false)
    unmount()
    expect(signal?.aborted).toBe(true)
  })

  test('reports a failed request', async () => {
    const server = fakeServer({ 'GET /auth/policy': () => problem(503, 'unavailable') })
    const { result } = renderHook(() => usePolicy('/auth/policy', { fetch: server.fetch }))
    await waitFor(() => expect(result.current.error).toMatchObject({ status: 503 }))
    expect(result.current.policy).toBeUndefined()
  })
})
