import { Refusal } from '@sesame/server'
import { sendProblem } from '@sesame/server/node'
import type { NextFunction, Request, RequestHandler, Response } from 'express'

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
