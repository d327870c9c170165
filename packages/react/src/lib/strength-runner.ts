import { resolveLocale } from '@sesame/core'
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
  /** True while estimates go to a worker (false once one failed, or if there never was one). */
  readonly usesWorker: boolean
  estimate(password: string, options: StrengthRequestOptions): Promise<StrengthResult>
  preload(locale: string | undefined): void
  /** Stops the workers; the next call starts new ones. */
  close(): void
}

interface Pending {
  readonly password: string
  readonly options: StrengthRequestOptions
  resolve(result: StrengthResult): void
  reject(error: Error): void
}

type Start = (locale: string | undefined) => { key: string; start: () => Worker | undefined }

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

// The workers next to this module in the published package, each with its dictionaries built in
// (one chunk, as Vite's default worker format needs): English only, or English and French.
// Written as `new Worker(new URL(…, import.meta.url))` so that Vite and webpack 5 bundle them; the
// CJS build defines import.meta.url as undefined, and then the estimate runs on the main thread.
function packagedWorker(locale: string | undefined): ReturnType<Start> {
  const french = resolveLocale(locale) === 'fr'
  return {
    key: french ? 'fr' : 'en',
    start() {
      if (typeof import.meta.url !== 'string') return undefined
      return french
        ? new Worker(new URL('./strength.worker.js', import.meta.url), { type: 'module' })
        : new Worker(new URL('./strength-en.worker.js', import.meta.url), { type: 'module' })
    },
  }
}

/** A runner for one `useStrength`: a worker starts on the first call, not at creation. */
export function createStrengthRunner(option: StrengthWorkerOption): StrengthRunner {
  // 'auto' needs the platform's Worker; a factory of the page's own is trusted to provide one.
  const choose: Start | undefined =
    option === false || (option === 'auto' && typeof Worker !== 'function')
      ? undefined
      : option === 'auto'
        ? packagedWorker
        : () => ({ key: 'own', start: option })
  let broken = choose === undefined
  const workers = new Map<string, Worker>()
  const pending = new Map<number, Pending>()
  let next = 0

  function stopAll(): Pending[] {
    for (const worker of workers.values()) worker.terminate()
    workers.clear()
    const waiting = [...pending.values()]
    pending.clear()
    return waiting
  }

  // A worker that cannot load (no bundler support, CSP) fails once; its calls move to the main thread.
  function fail(): void {
    broken = true
    for (const call of stopAll())
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

  function workerFor(locale: string | undefined): Worker | undefined {
    if (broken || choose === undefined) return undefined
    const { key, start } = choose(locale)
    const running = workers.get(key)
    if (running !== undefined) return running
    let worker: Worker | undefined
    try {
      worker = start()
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
    workers.set(key, worker)
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
      const target = workerFor(options.locale)
      if (target === undefined) return onMainThread(password, options)
      next += 1
      const id = next
      return new Promise<StrengthResult>((resolve, reject) => {
        pending.set(id, { password, options, resolve, reject })
        post(target, { type: 'estimate', id, password, options })
      })
    },
    preload(locale) {
      const target = workerFor(locale)
      if (target !== undefined) post(target, { type: 'preload', locale })
      else
        import('@sesame/core/strength')
          .then(({ preloadStrength }) => preloadStrength(locale))
          .catch(() => undefined)
    },
    close() {
      for (const call of stopAll()) call.reject(new Error('The strength estimate was cancelled'))
    },
  }
}
