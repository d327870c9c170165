import type { BreachCheckerOptions, BreachResult } from '@sesame/core/breach'
import { useCallback, useEffect, useRef, useState } from 'react'
import { type BreachAnswer, createBreachCheck } from './lib/breach'

/** Options of {@link useBreachCheck}: those of `createBreachChecker`, `onError` defaulting to `'fail-open'`. */
export type UseBreachCheckOptions = Partial<BreachCheckerOptions>

/** What {@link useBreachCheck} returns. */
export interface BreachCheckState {
  /**
   * Checks `password` against Have I Been Pwned (k-anonymity: only 5 hex characters of its SHA-1
   * leave the browser). Call it on blur or submit, never per keystroke. Resolves `undefined` when
   * a newer call or an unmount overtook it.
   */
  readonly check: (password: string) => Promise<BreachResult | undefined>
  /** The latest answer, with the password it was for. */
  readonly result: (BreachResult & { readonly password: string }) | undefined
  /** A check is in flight. */
  readonly checking: boolean
}

/**
 * A breached-password check for blur and submit. `@sesame/core/breach` is imported on the
 * first call only; the checker takes the options of that first call. Under the default
 * `'fail-open'`, an unreachable service lets the password through: the server must check again
 * (it does with the `notBreached` rule).
 */
export function useBreachCheck(options: UseBreachCheckOptions = {}): BreachCheckState {
  const latestOptions = useRef(options)
  useEffect(() => {
    latestOptions.current = options
  })
  const [breach] = useState(() => createBreachCheck(() => latestOptions.current))
  const [state, setState] = useState<{ result?: BreachAnswer; checking: boolean }>({
    checking: false,
  })
  // Unmounted: answers still in flight are dropped.
  useEffect(() => () => breach.cancel(), [breach])

  const check = useCallback(
    async (password: string) => {
      setState((previous) => ({ ...previous, checking: true }))
      const result = await breach.check(password).catch((error: unknown) => {
        setState((previous) => ({ ...previous, checking: false }))
        throw error
      })
      if (result) setState({ result: { ...result, password }, checking: false })
      return result
    },
    [breach],
  )
  return { check, result: state.result, checking: state.checking }
}
