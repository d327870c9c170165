import type { RequestOptions } from '../client'

/** One request at a time per controller. */
export interface InFlight {
  /** Aborts the previous request and gives the signal of the next one. */
  next(): AbortSignal
  /** Aborts the current request. */
  abort(): void
}

// One request at a time per controller: a new one aborts the previous, `abort` ends the current.
export function createInFlight(): InFlight {
  let current: AbortController | undefined
  return {
    next() {
      current?.abort()
      current = new AbortController()
      return current.signal
    },
    abort() {
      current?.abort()
      current = undefined
    },
  }
}

/** How a controller's request ends: what its answer or its refusal does to the screen. */
export interface Outcomes<Result> {
  /** The server accepted; resolves what `submit` resolves. */
  readonly done: (result: Result) => boolean
  /** The request failed or was refused; resolves what `submit` resolves. */
  readonly failed: (error: unknown) => boolean
}

// Every controller's submit (`signal` from its InFlight): a request that a newer one (or `stop`) overtook changes nothing and
// resolves `false`, so a late answer never lands on a screen that has moved on.
export async function sendRequest<Result>(
  signal: AbortSignal,
  request: () => Promise<Result>,
  outcomes: Outcomes<Result>,
): Promise<boolean> {
  try {
    const result = await request()
    if (signal.aborted) return false
    return outcomes.done(result)
  } catch (error) {
    if (signal.aborted) return false
    return outcomes.failed(error)
  }
}

/** The options of a controller that sends a form: the app's own `submit`, and the language. */
export interface SubmitOptions<Values, Result> {
  readonly submit?: ((values: Values, init: { signal: AbortSignal }) => Promise<Result>) | undefined
  readonly locale?: string | undefined
}

// The app's `submit` when it gives one, else the client's route with the signal and the language.
export function callRoute<Values, Custom, Route>(
  values: Values,
  signal: AbortSignal,
  options: SubmitOptions<Values, Custom>,
  route: (values: Values, init: RequestOptions) => Promise<Route>,
): Promise<Custom | Route> {
  if (options.submit) return options.submit(values, { signal })
  return route(values, options.locale ? { signal, locale: options.locale } : { signal })
}
