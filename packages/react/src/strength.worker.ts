/**
 * `@sesame/react/strength-worker`: the Web Worker `useStrength` runs the estimate in, so that
 * loading the dictionaries and scoring never block typing. Started as a worker, the module
 * answers at once; in a worker of your own, call {@link serveStrength}.
 *
 * @packageDocumentation
 */
import { estimateStrength, preloadStrength } from '@sesame/core/strength'
import {
  describeError,
  type StrengthWorkerRequest,
  type StrengthWorkerResponse,
} from './lib/strength-protocol'

export type {
  StrengthRequestOptions,
  StrengthWorkerError,
  StrengthWorkerRequest,
  StrengthWorkerResponse,
} from './lib/strength-protocol'

/** The part of a worker's global scope (`self`) that {@link serveStrength} uses. */
export interface StrengthWorkerScope {
  /** Receives the requests of `useStrength`. */
  addEventListener(
    type: 'message',
    listener: (event: MessageEvent<StrengthWorkerRequest>) => void,
  ): void
  /** Sends an answer back to the page. */
  postMessage(message: StrengthWorkerResponse): void
}

/**
 * Answers `useStrength`'s requests in a worker: `serveStrength(self)` is the whole worker module,
 * e.g. when your bundler wants the worker file in your own sources.
 */
export function serveStrength(scope: StrengthWorkerScope): void {
  scope.addEventListener('message', (event) => {
    const request = event.data
    if (request.type === 'preload') {
      // A failed preload is retried by the next estimate, which reports the error.
      preloadStrength(request.locale).catch(() => undefined)
      return
    }
    const { id, password, options } = request
    estimateStrength(password, options).then(
      (result) => scope.postMessage({ id, ok: true, result }),
      (error: unknown) => scope.postMessage({ id, ok: false, error: describeError(error) }),
    )
  })
}

// Loaded as the worker itself (the file useStrength starts): serve. Imported anywhere else: do nothing.
if ('WorkerGlobalScope' in globalThis) serveStrength(globalThis as unknown as StrengthWorkerScope)
