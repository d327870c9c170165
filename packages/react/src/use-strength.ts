import type { StrengthResult } from '@sesame/core/strength'
import { useEffect, useState } from 'react'

/** Options of {@link useStrength}. */
export interface UseStrengthOptions {
  /** How long typing must pause before estimating (ms, default 300). */
  debounceMs?: number
  /** Language of the feedback and extra dictionaries. */
  locale?: string
  /** Strings the password should not be built from (email, name...). */
  userInputs?: readonly string[]
  /** `false` skips the estimate (and the download of zxcvbn) entirely; default `true`. */
  enabled?: boolean
}

/** What {@link useStrength} returns. */
export interface StrengthState {
  /** The latest estimate, for the password as it was when typing paused. */
  readonly result: StrengthResult | undefined
  /** An estimate for the current password is on its way. */
  readonly pending: boolean
  /** The estimate failed (e.g. the dictionaries could not be downloaded). */
  readonly error: Error | undefined
}

/**
 * zxcvbn strength of `password`, estimated once typing pauses. `@sesame/core/strength` and its
 * dictionaries are imported on first use only, so pages that never call this hook never
 * download them. Nothing runs during server rendering.
 */
export function useStrength(password: string, options: UseStrengthOptions = {}): StrengthState {
  const { debounceMs = 300, locale, userInputs, enabled = true } = options
  const [state, setState] = useState<{
    for: string | undefined
    result?: StrengthResult
    error?: Error
  }>({
    for: undefined,
  })
  const inputsKey = userInputs ? JSON.stringify(userInputs) : ''

  useEffect(() => {
    if (!enabled || password === '') return undefined
    let cancelled = false
    const timer = setTimeout(() => {
      import('@sesame/core/strength')
        .then(({ estimateStrength }) =>
          estimateStrength(password, {
            ...(locale ? { locale } : {}),
            ...(inputsKey ? { userInputs: JSON.parse(inputsKey) as string[] } : {}),
          }),
        )
        .then(
          (result) => {
            if (!cancelled) setState({ for: password, result })
          },
          (error: unknown) => {
            if (!cancelled)
              setState({
                for: password,
                error: error instanceof Error ? error : new Error(String(error)),
              })
          },
        )
    }, debounceMs)
    return () => {
      cancelled = true
      clearTimeout(timer)
    }
  }, [password, debounceMs, locale, inputsKey, enabled])

  if (!enabled || password === '') return { result: undefined, pending: false, error: undefined }
  return { result: state.result, pending: state.for !== password, error: state.error }
}
