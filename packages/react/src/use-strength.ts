import type { StrengthFeedbackCatalogue, StrengthResult } from '@sesame/core/strength'
import { useEffect, useState } from 'react'
import type { StrengthRequestOptions } from './lib/strength-protocol'
import { createStrengthRunner, type StrengthWorkerOption } from './lib/strength-runner'

export type { StrengthWorkerOption } from './lib/strength-runner'

/** Options of {@link useStrength}. */
export interface UseStrengthOptions {
  /**
   * How long typing must pause before estimating (ms). Default 100 when the estimate runs in a
   * worker (it never blocks typing), 300 on the main thread.
   */
  debounceMs?: number
  /**
   * Language of the feedback and extra dictionaries: the warning and suggestions follow it among
   * the seven shipped feedback catalogues (`de-AT` → German), or among `feedback`.
   */
  locale?: string
  /** Feedback catalogues of your own to negotiate among (plain data, sent to the worker). */
  feedback?: readonly StrengthFeedbackCatalogue[]
  /** Strings the password should not be built from (email, name...). */
  userInputs?: readonly string[]
  /** Code points analysed (1 to 256, default 64): bounds the work per estimate on any thread. */
  maxLength?: number
  /** `false` skips the estimate (and the download of zxcvbn) entirely; default `true`. */
  enabled?: boolean
  /**
   * Where the estimate runs: `'auto'` (default) starts the worker shipped with this package where
   * the platform has Web Workers and falls back to the main thread when there is none or it
   * cannot load; `false` keeps it on the main thread; a function starts your own worker (running
   * `@sesame/react/strength-worker`). Read once, when the component mounts.
   */
  worker?: StrengthWorkerOption
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

const IDLE: StrengthState = { result: undefined, pending: false, error: undefined }

/**
 * zxcvbn strength of `password`, estimated once typing pauses, in a Web Worker where the platform
 * has one. `@sesame/core/strength` and its dictionaries load on first use only (in the worker),
 * so pages that never call this hook never download them. Nothing runs during server rendering.
 */
export function useStrength(password: string, options: UseStrengthOptions = {}): StrengthState {
  const { locale, userInputs, feedback, maxLength, enabled = true, worker = 'auto' } = options
  const [runner] = useState(() => createStrengthRunner(worker))
  const debounceMs = options.debounceMs ?? (runner.usesWorker ? 100 : 300)
  const [state, setState] = useState<{
    for: string | undefined
    result?: StrengthResult
    error?: Error
  }>({ for: undefined })
  const inputsKey = userInputs ? JSON.stringify(userInputs) : ''
  // By content, so that a catalogue list written inline does not restart the estimate each render.
  const feedbackKey = feedback ? JSON.stringify(feedback) : ''
  const active = enabled && password !== ''

  useEffect(() => () => runner.close(), [runner])

  // The dictionaries start loading with the first character, while the user is still typing.
  useEffect(() => {
    if (active) runner.preload(locale)
  }, [active, locale, runner])

  useEffect(() => {
    if (!active) return undefined
    let cancelled = false
    const request: StrengthRequestOptions = {
      ...(locale ? { locale } : {}),
      ...(inputsKey ? { userInputs: JSON.parse(inputsKey) as string[] } : {}),
      ...(feedbackKey ? { feedback: JSON.parse(feedbackKey) as StrengthFeedbackCatalogue[] } : {}),
      ...(maxLength === undefined ? {} : { maxLength }),
    }
    const timer = setTimeout(() => {
      runner.estimate(password, request).then(
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
  }, [active, password, debounceMs, locale, inputsKey, feedbackKey, maxLength, runner])

  if (!active) return IDLE
  return { result: state.result, pending: state.for !== password, error: state.error }
}
