import { sendProblem } from '@sesame/express'
import type { NextFunction, Request, RequestHandler, Response } from 'express'
import helmet from 'helmet'

/**
 * helmet's headers with a CSP the built client satisfies: scripts and styles from our own files
 * only (React sets styles through the CSSOM, which CSP allows), no framing, no Referer; HSTS only
 * when the portal is served over https.
 */
export function securityHeaders(options: { https: boolean }): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        workerSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(options.https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: options.https
      ? { maxAge: 365 * 24 * 60 * 60, includeSubDomains: true }
      : false,
    referrerPolicy: { policy: 'no-referrer' },
  })
}

/**
 * State-changing API calls must be JSON from the portal's own origin (the configured one, never
 * the Host header): with SameSite=Lax cookies no cross-site form can forge them, and a
 * cross-origin script is refused by its Origin header.
 */
export function sameOriginJson(origin: () => string) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method === 'GET' || req.method === 'HEAD') {
      next()
      return
    }
    if (!req.is('application/json')) {
      sendProblem(req, res, 'unsupported_media_type')
      return
    }
    const from = req.headers.origin
    if (from !== undefined && from !== origin()) {
      // The Origin request header is the refused field (as `authorization` is for bearer tokens).
      sendProblem(req, res, 'invalid_field', {
        field: 'origin',
        errors: [{ field: 'origin' }],
      })
      return
    }
    next()
  }
}
