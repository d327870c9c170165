import type { Policy } from '@sesame/core'
import { useEffect, useState } from 'react'
import { parsePolicy, requestJson } from './lib/request'

/** What {@link usePolicy} returns. */
export interface PolicyState {
  /** The policy, once known (`undefined` while loading, on the server, or after an error). */
  readonly policy: Policy | undefined
  /** The request failed (a `ProblemError`). */
  readonly error: Error | undefined
  /** The request is in flight. */
  readonly loading: boolean
}

/** Options of {@link usePolicy}. */
export interface UsePolicyOptions {
  /** The `fetch` to use (default: the global one). */
  fetch?: typeof fetch
}

/**
 * The policy to check passwords against: given directly (returned as is), or fetched once from
 * the URL of `@sesame/express`'s `GET /policy` route, after mount (nothing runs during server
 * rendering), the request aborted on unmount or when the URL changes.
 *
 * @example
 * const { policy } = usePolicy('/auth/policy')
 */
export function usePolicy(source: string | Policy, options: UsePolicyOptions = {}): PolicyState {
  const url = typeof source === 'string' ? source : undefined
  const [state, setState] = useState<{ url: string | undefined; policy?: Policy; error?: Error }>({
    url: undefined,
  })
  const customFetch = options.fetch

  useEffect(() => {
    if (url === undefined) return undefined
    const controller = new AbortController()
    requestJson({ method: 'GET', url, signal: controller.signal, fetch: customFetch })
      .then(parsePolicy)
      .then(
        (policy) => setState({ url, policy }),
        (error: unknown) => {
          if (controller.signal.aborted) return
          setState({ url, error: error instanceof Error ? error : new Error(String(error)) })
        },
      )
    return () => controller.abort()
  }, [url, customFetch])

  if (typeof source !== 'string') return { policy: source, error: undefined, loading: false }
  const current = state.url === url
  return {
    policy: current ? state.policy : undefined,
    error: current ? state.error : undefined,
    loading: !current,
  }
}
