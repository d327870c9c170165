import type { NextFunction, Request, RequestHandler, Response } from 'express'
import { sendProblem } from '../problem'

/**
 * Wraps an async handler for Express 4 (which ignores rejected promises) and 5 alike: any
 * unexpected error becomes a 500 problem without a stack, reported through `onError`.
 */
export function asyncHandler(
  handler: (req: Request, res: Response, next: NextFunction) => Promise<void>,
  onError?: (error: unknown, req: Request) => void,
): RequestHandler {
  return (req, res, next) => {
    handler(req, res, next).catch((error: unknown) => {
      onError?.(error, req)
      if (res.headersSent) {
        res.end()
        return
      }
      sendProblem(req, res, 'internal_error')
    })
  }
}
