import type { StrengthResult } from '@sesame/core/strength'
import type {
  StrengthRequestOptions,
  StrengthWorkerError,
  StrengthWorkerRequest,
  StrengthWorkerResponse,
} from './strength-protocol'

/**
 * Where the estimate runs: `'auto'` (the worker shipped with `@sesame/react` where the platform
 * has Web Workers, else the main thread), `false` (always the main thread), or a function that
 * starts your own worker running `@sesame/react/strength-worker`.
 */
export type StrengthWorkerOption = 'auto' | false | (() => Worker)

/** Runs estimates in a Web Worker, or on the main thread when there is none or it fails. */
export interface StrengthRunner {
  /** True while estimates go to a worker (false once it failed, or if there never was one). */
  readonly usesWorker: boolean
  estimate(password: string, options: StrengthRequestOptions): Promise<StrengthResult>
  preload(locale: string | undefined): void
  /** Stops the worker; the next call starts a new one. */
  close(): void
}

interface Pending {
  readonly password: string
  readonly options: StrengthRequestOptions
  resolve(result: StrengthResult): void
  reject(error: Error): void
}

function errorOf(sent: StrengthWorkerError): Error {
  const error = Object.assign(
    new Error(sent.message),
    sent.code === undefined ? {} : { code: sent.code },
  )
  error.name = sent.name
  return error
}

function onMainThread(password: string, options: StrengthRequestOptions): Promise<StrengthResult> {
  return import('@sesame/core/strength').then(({ estimateStrength }) =>
    estimateStrength(password, options),
  )
}

// The worker next to this module in the published package (dist/strength.worker.js). Written as
// `new Worker(new URL(…, import.meta.url))` so that Vite and webpack 5 bundle it; the CJS build
// defines import.meta.url as undefined, and then the estimate runs on the main thread.
function packagedWorker(): Worker | undefined {
  if (typeof import.meta.url !== 'string') return undefined
  return new Worker(new URL('./strength.worker.js', import.meta.url), { type: 'module' })
}

/** A runner for one `useStrength`: the worker starts on the first call, not at creation. */
export function createStrengthRunner(option: StrengthWorkerOption): StrengthRunner {
  // 'auto' needs the platform's Worker; a factory of the page's own is trusted to provide one.
  const start =
    option === false || (option === 'auto' && typeof Worker !== 'function')
      ? undefined
      : option === 'auto'
        ? packagedWorker
        : option
  let broken = start === undefined
  let worker: Worker | undefined
  let next = 0
  const pending = new Map<number, Pending>()

  // A worker that cannot load (no bundler support, CSP) fails once; its calls move to the main thread.
  function fail(): void {
    broken = true
    worker?.terminate()
    worker = undefined
    const waiting = [...pending.values()]
    pending.clear()
    for (const call of waiting)
      onMainThread(call.password, call.options).then(call.resolve, call.reject)
  }

  function receive(event: MessageEvent<StrengthWorkerResponse>): void {
    const answer = event.data
    const call = pending.get(answer.id)
    if (call === undefined) return
    pending.delete(answer.id)
    if (answer.ok) call.resolve(answer.result)
    else call.reject(errorOf(answer.error))
  }

  function ensureWorker(): Worker | undefined {
    if (broken) return undefined
    if (worker !== undefined) return worker
    try {
      worker = start?.()
    } catch {
      worker = undefined
    }
    if (worker === undefined) {
      broken = true
      return undefined
    }
    worker.addEventListener('message', receive)
    worker.addEventListener('error', fail)
    worker.addEventListener('messageerror', fail)
    return worker
  }

  function post(target: Worker, message: StrengthWorkerRequest): void {
    target.postMessage(message)
  }

  return {
    get usesWorker() {
      return !broken
    },
    estimate(password, options) {
      const target = ensureWorker()
      if (target === undefined) return onMainThread(password, options)
      next += 1
      const id = next
      return new Promise<StrengthResult>((resolve, reject) => {
        pending.set(id, { password, options, resolve, reject })
        post(target, { type: 'estimate', id, password, options })
      })
    },
    preload(locale) {
      const target = ensureWorker()
      if (target !== undefined) post(target, { type: 'preload', locale })
      else
        import('@sesame/core/strength')
          .then(({ preloadStrength }) => preloadStrength(locale))
          .catch(() => undefined)
    },
    close() {
      worker?.terminate()
      worker = undefined
      const waiting = [...pending.values()]
      pending.clear()
      for (const call of waiting) call.reject(new Error('The strength estimate was cancelled'))
    },
  }
}
