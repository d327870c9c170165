import type { IncomingMessage, ServerResponse } from 'node:http'
import {
  type LocaleOptions,
  type ProblemCode,
  problemResponse,
  Refusal,
  requestCatalogue,
  type ServerCatalogue,
} from '@sesame/server'
import { writeNodeResponse } from '@sesame/server/node'
import type { NextFunction, Request, RequestHandler, Response } from 'express'

/** The request's catalogue from `Accept-Language` (or `explicit`), as the server negotiates it. */
export function localeOf(
  req: IncomingMessage,
  explicit?: string,
  locales: LocaleOptions = {},
): ServerCatalogue {
  const header = explicit ?? req.headers['accept-language']
  return requestCatalogue({ headers: { 'accept-language': header } }, locales)
}

/**
 * Answers an `application/problem+json` response for `code`, titled in the request's language,
 * with `Cache-Control: no-store` and `Content-Language`. `headers` are added (e.g. `Retry-After`).
 */
export function sendProblem(
  req: IncomingMessage,
  res: ServerResponse,
  code: ProblemCode,
  extensions: Readonly<Record<string, unknown>> = {},
  headers: Readonly<Record<string, string>> = {},
): void {
  writeNodeResponse(res, problemResponse(code, localeOf(req), extensions, headers))
}

/**
 * Wraps an async middleware for Express 4 (which ignores rejections) and 5 alike: a refusal is
 * answered as its problem, anything else as a 500 problem reported through `onError`.
 */
export function problemHandler(
  handler: (req: Request, res: Response, next: NextFunction) => Promise<void>,
  onError?: (error: unknown, req: Request) => void,
): RequestHandler {
  return (req, res, next) => {
    handler(req, res, next).catch((error: unknown) => {
      if (error instanceof Refusal)
        return sendProblem(req, res, error.code, error.extensions, error.headers)
      onError?.(error, req)
      if (res.headersSent) res.end()
      else sendProblem(req, res, 'internal_error')
    })
  }
}
