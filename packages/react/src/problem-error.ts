import type { Check } from '@sesame/core'

/**
 * An error answer of the server (RFC 9457 `application/problem+json`), or a network failure
 * (`status` 0, `code` `'network_error'`).
 */
export class ProblemError extends Error {
  override name = 'ProblemError'
  /** HTTP status (0 when no answer arrived). */
  readonly status: number
  /** The problem's stable `code` (`http_<status>` when the body has none). */
  readonly code: string
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
    this.code = typeof problem.code === 'string' ? problem.code : `http_${status}`
    this.checks = Array.isArray(problem.checks) ? (problem.checks as Check[]) : undefined
  }
}

/** True when `value` is a {@link ProblemError}, whichever copy of the package (ESM or CJS) made it. */
export function isProblemError(value: unknown): value is ProblemError {
  return value instanceof Error && value.name === 'ProblemError' && 'status' in value
}
