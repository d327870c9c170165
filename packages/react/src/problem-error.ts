import type { Check } from '@sesame/core'
import type { ProblemCode } from '@sesame/core/wire'

/**
 * An error answer of the server (RFC 9457 `application/problem+json`), or a network failure
 * (`status` 0, `code` `'network_error'`).
 */
export class ProblemError extends Error {
  override name = 'ProblemError'
  /** HTTP status (0 when no answer arrived). */
  readonly status: number
  /**
   * The problem's stable `code`: a server `ProblemCode`, or the client's own `network_error` (no
   * answer), `invalid_policy` (`GET /policy` answered no policy), `http_<status>` (no code in the
   * body) — or a code this client does not know (a newer or a custom server), as sent.
   */
  readonly code:
    | ProblemCode
    | 'network_error'
    | 'invalid_policy'
    | `http_${number}`
    | (string & Record<never, never>)
  /** For a refused password (422): the failed checks. */
  readonly checks: readonly Check[] | undefined
  /** The problem body as received (`{}` when it was not JSON). */
  readonly problem: Readonly<Record<string, unknown>>

  constructor(
    status: number,
    problem: Readonly<Record<string, unknown>>,
    options?: { cause?: unknown },
  ) {
    const title = typeof problem.title === 'string' ? problem.title : `HTTP ${status}`
    super(title, options?.cause === undefined ? undefined : { cause: options.cause })
    this.status = status
    this.problem = problem
    this.code =
      typeof problem.code === 'string' && problem.code !== '' ? problem.code : `http_${status}`
    this.checks = Array.isArray(problem.checks) ? (problem.checks as Check[]) : undefined
  }
}

/** True when `value` is a {@link ProblemError}, whichever copy of the package (ESM or CJS) made it. */
export function isProblemError(value: unknown): value is ProblemError {
  return value instanceof Error && value.name === 'ProblemError' && 'status' in value
}
