import type { BreachChecker, BreachCheckerOptions, BreachResult } from '@sesame/core/breach'
import { useCallback, useEffect, useRef, useState } from 'react'

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
 * first call only. Under the default `'fail-open'`, an unreachable service lets the password
 * through: the server must check again (it does with the `notBreached` rule).
 */
export function useBreachCheck(options: UseBreachCheckOptions = {}): BreachCheckState {
  const optionsRef = useRef(options)
  optionsRef.current = options
  const checker = useRef<Promise<BreachChecker> | undefined>(undefined)
  const latest = useRef(0)
  const [state, setState] = useState<{
    result?: BreachResult & { readonly password: string }
    checking: boolean
  }>({ checking: false })
  useEffect(
    () => () => {
      // Unmounted: answers still in flight are dropped.
      latest.current = -1
    },
    [],
  )

  const check = useCallback(async (password: string) => {
    if (latest.current < 0) latest.current = 0
    const call = ++latest.current
    setState((previous) => ({ ...previous, checking: true }))
    checker.current ??= import('@sesame/core/breach').then(({ createBreachChecker }) =>
      createBreachChecker({ onError: 'fail-open', ...optionsRef.current }),
    )
    const result = await (await checker.current).check(password)
    if (call !== latest.current) return undefined
    setState({ result: { ...result, password }, checking: false })
    return result
  }, [])

  return { check, result: state.result, checking: state.checking }
}
