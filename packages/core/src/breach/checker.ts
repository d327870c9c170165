import { ConfigError, InputError } from '../errors'
import { Lru } from './lib/lru'
import { parseRange, type RangeCounts } from './lib/parse-range'
import { sha1Hex } from './lib/sha1'

/** The public Pwned Passwords range endpoint; the 5-character hash prefix is appended to it. */
export const PWNED_PASSWORDS_ENDPOINT = 'https://api.pwnedpasswords.com/range/'

/** What to answer when the breach service cannot be asked (timeout, network, bad answer). */
export type BreachErrorPolicy = 'fail-open' | 'fail-closed'

/** A `fetch`-compatible function (the global one, undici's, or a test double). */
export type BreachFetch = (url: string, init: RequestInit) => Promise<Response>

/** Options of {@link createBreachChecker}. */
export interface BreachCheckerOptions {
  /**
   * Required, so that the choice is explicit: `'fail-open'` answers "not breached" when the
   * service cannot be reached (availability first), `'fail-closed'` answers "breached"
   * (refuse the password until the service answers).
   */
  readonly onError: BreachErrorPolicy
  /** Default: the global `fetch`. */
  readonly fetch?: BreachFetch
  /** Range API base URL (http or https); default {@link PWNED_PASSWORDS_ENDPOINT}. */
  readonly endpoint?: string
  /** Abort a request (headers and body) after this many milliseconds; default 5000. */
  readonly timeoutMs?: number
  /** How many hash prefixes (not hashes) to remember, least recently used first out; 0 disables. Default 500. */
  readonly cache?: number
  /** `User-Agent` header sent with each request (servers only: browsers keep their own). */
  readonly userAgent?: string
}

/** Why a breach check could not be completed. */
export type BreachErrorCode =
  | 'timeout'
  | 'network'
  | 'http_status'
  | 'malformed_response'
  | 'unexpected'

/** Details of a failed breach check (never contains the password or its hash). */
export interface BreachFailure {
  /** Stable reason. */
  readonly code: BreachErrorCode
  /** Short English description, for logs. */
  readonly message: string
  /** `http_status`: the HTTP status received. */
  readonly status?: number
}

/** Outcome of {@link BreachChecker.check}. */
export interface BreachResult {
  /**
   * Found in a breach. When `status` is `'error'`: `false` under `'fail-open'`, `true` under
   * `'fail-closed'`.
   */
  readonly breached: boolean
  /** How many times the password appears in known breaches (0 when unknown or absent). */
  readonly count: number
  /** `'ok'`: the service answered; `'error'`: it did not and `onError` decided. */
  readonly status: 'ok' | 'error'
  /** Present when `status` is `'error'`. */
  readonly error?: BreachFailure
}

/** Checks passwords against Have I Been Pwned's Pwned Passwords (k-anonymity range API). */
export interface BreachChecker {
  /**
   * Hashes `password` (SHA-1), sends only the first 5 hex characters of the hash and looks for the
   * rest in the answer. Never rejects for service problems: they are reported in the result.
   *
   * @throws {@link InputError} when `password` is not a string.
   */
  check(password: string): Promise<BreachResult>
}

const DEFAULT_TIMEOUT_MS = 5000
const DEFAULT_CACHE_SIZE = 500
// A real range answer is about 30 to 40 KB; anything far larger is not one.
const MAX_BODY_CHARS = 1_000_000

class ServiceError extends Error {
  constructor(readonly failure: BreachFailure) {
    super(failure.message)
  }
}

function validate(options: BreachCheckerOptions): void {
  if (typeof options !== 'object' || options === null) throw new ConfigError('options are required')
  if (options.onError !== 'fail-open' && options.onError !== 'fail-closed') {
    throw new ConfigError("onError must be 'fail-open' or 'fail-closed'")
  }
  const { timeoutMs, cache, userAgent } = options
  if (timeoutMs !== undefined && !(Number.isFinite(timeoutMs) && timeoutMs > 0)) {
    throw new ConfigError('timeoutMs must be a positive number of milliseconds')
  }
  if (cache !== undefined && !(Number.isInteger(cache) && cache >= 0)) {
    throw new ConfigError('cache must be a non-negative integer (number of prefixes)')
  }
  if (userAgent !== undefined && (typeof userAgent !== 'string' || /[\r\n]/.test(userAgent))) {
    throw new ConfigError('userAgent must be a single-line string')
  }
  if (options.fetch !== undefined && typeof options.fetch !== 'function') {
    throw new ConfigError('fetch must be a function')
  }
}

function endpointOf(endpoint: string): string {
  let url: URL
  try {
    url = new URL(endpoint)
  } catch (cause) {
    throw new ConfigError('endpoint must be an absolute URL', { cause })
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigError('endpoint must be an http(s) URL')
  }
  if (url.search !== '' || url.hash !== '')
    throw new ConfigError('endpoint must not have a query or fragment')
  return url.href.endsWith('/') ? url.href : `${url.href}/`
}

/**
 * Creates a Have I Been Pwned range checker. Only the first 5 characters of the password's SHA-1
 * leave the process, with `Add-Padding: true` so that the answer's size says nothing either.
 *
 * Call it on blur or submit in the browser, never on every keystroke (each check is a network
 * request, and each prefix is a hint), and always again on the server, which is the one that decides.
 *
 * @throws {@link ConfigError} on invalid options, or when no `fetch` or Web Crypto is available.
 */
export function createBreachChecker(options: BreachCheckerOptions): BreachChecker {
  validate(options)
  const found = options.fetch ?? (globalThis.fetch as BreachFetch | undefined)
  if (typeof found !== 'function') throw new ConfigError('no fetch available: pass options.fetch')
  const fetcher: BreachFetch = found
  const subtle = globalThis.crypto?.subtle
  if (subtle === undefined) {
    throw new ConfigError(
      'Web Crypto (crypto.subtle) is unavailable: use a secure context or Node >= 20',
    )
  }
  const endpoint = endpointOf(options.endpoint ?? PWNED_PASSWORDS_ENDPOINT)
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const cache = new Lru<RangeCounts>(options.cache ?? DEFAULT_CACHE_SIZE)
  // Concurrent checks of the same prefix share one request.
  const inFlight = new Map<string, Promise<RangeCounts>>()
  const headers: Record<string, string> = { 'Add-Padding': 'true' }
  if (options.userAgent !== undefined) headers['User-Agent'] = options.userAgent

  async function request(prefix: string): Promise<RangeCounts> {
    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(), timeoutMs)
    try {
      let response: Response
      try {
        response = await fetcher(endpoint + prefix, {
          method: 'GET',
          headers,
          signal: controller.signal,
        })
      } catch {
        throw failure(controller.signal.aborted)
      }
      if (!response.ok) {
        // Releases the connection at once instead of leaving an unread body behind.
        await response.body?.cancel().catch(() => undefined)
        throw new ServiceError({
          code: 'http_status',
          message: `breach service answered HTTP ${response.status}`,
          status: response.status,
        })
      }
      let body: string
      try {
        body = await response.text()
      } catch {
        throw failure(controller.signal.aborted)
      }
      const counts = body.length > MAX_BODY_CHARS ? undefined : parseRange(body)
      if (counts === undefined) {
        throw new ServiceError({
          code: 'malformed_response',
          message: 'breach service answer is not a range list',
        })
      }
      return counts
    } finally {
      clearTimeout(timer)
    }
  }

  function range(prefix: string): Promise<RangeCounts> {
    const cached = cache.get(prefix)
    if (cached !== undefined) return Promise.resolve(cached)
    let pending = inFlight.get(prefix)
    if (pending === undefined) {
      pending = request(prefix)
        .then((counts) => {
          cache.set(prefix, counts)
          return counts
        })
        .finally(() => inFlight.delete(prefix))
      inFlight.set(prefix, pending)
    }
    return pending
  }

  return {
    async check(password) {
      if (typeof password !== 'string') throw new InputError('password must be a string')
      try {
        const hash = await sha1Hex(subtle, password)
        const count = (await range(hash.slice(0, 5))).get(hash.slice(5)) ?? 0
        return { breached: count > 0, count, status: 'ok' }
      } catch (error) {
        const reason =
          error instanceof ServiceError
            ? error.failure
            : { code: 'unexpected' as const, message: 'breach check failed unexpectedly' }
        return {
          breached: options.onError === 'fail-closed',
          count: 0,
          status: 'error',
          error: reason,
        }
      }
    },
  }
}

function failure(aborted: boolean): ServiceError {
  return aborted
    ? new ServiceError({ code: 'timeout', message: 'breach service did not answer in time' })
    : new ServiceError({ code: 'network', message: 'breach service could not be reached' })
}
