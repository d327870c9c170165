import type { ProblemCode } from '@sesame/server'
import { sendProblem } from '@sesame/server/node'
import type { ErrorRequestHandler } from 'express'

const CODES: Readonly<Record<string, ProblemCode>> = {
  'entity.parse.failed': 'malformed_json',
  'entity.too.large': 'payload_too_large',
  'charset.unsupported': 'unsupported_media_type',
  'encoding.unsupported': 'unsupported_media_type',
}

// body-parser (express.json()) gives its errors a `type` and a `status`.
function codeOf({ type, status }: { type?: unknown; status?: unknown }): ProblemCode {
  const known = typeof type === 'string' ? CODES[type] : undefined
  if (known) return known
  return typeof status === 'number' && status >= 400 && status < 500
    ? 'malformed_json'
    : 'internal_error'
}

/**
 * An error handler that answers what reaches it as an RFC 9457 problem: body-parser's refusals
 * (bad JSON, `null` in strict mode, oversize, another charset) with their codes, anything else as
 * `internal_error` without details. Mount it after the router, on the same path:
 * `app.use('/auth', passwordReset({ … }), problemErrorHandler())`.
 */
export function problemErrorHandler(): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error)
      return
    }
    const details: Record<string, unknown> =
      typeof error === 'object' && error !== null ? { ...error } : {}
    const code = codeOf(details)
    if (code !== 'payload_too_large') return sendProblem(req, res, code)
    const extensions = typeof details.limit === 'number' ? { limit: details.limit } : {}
    sendProblem(req, res, code, extensions, { connection: 'close' })
  }
}
