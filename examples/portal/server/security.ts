import type { NextFunction, Request, Response } from 'express'
import { problem } from './problems'

/** Strict headers on every response: only our own scripts, no framing, no Referer. */
export function securityHeaders(_req: Request, res: Response, next: NextFunction): void {
  res.set({
    'Content-Security-Policy':
      "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
  })
  next()
}

/**
 * State-changing API calls must be JSON from our own pages: with SameSite=Lax cookies, no
 * cross-site form can forge them, and a cross-origin script is refused by its Origin header.
 */
export function sameOriginJson(origin: () => string) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method === 'GET' || req.method === 'HEAD') {
      next()
      return
    }
    if (!req.is('application/json')) {
      problem(res, 415, 'unsupported_media_type', 'Send application/json')
      return
    }
    const from = req.headers.origin
    // The configured origin, or the address the browser actually used (127.0.0.1 vs localhost).
    const own = from === origin() || from === `${req.protocol}://${req.headers.host}`
    if (from !== undefined && !own) {
      problem(res, 403, 'cross_origin', 'Cross-origin request refused')
      return
    }
    next()
  }
}
