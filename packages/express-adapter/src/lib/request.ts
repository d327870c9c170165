import type { SesameRequest } from '@sesame/server'
import { fromNodeRequest } from '@sesame/server/node'
import type { Request, Response } from 'express'

/** The Express objects a request carries to the adapter (`SesameRequest.native`). */
export interface ExpressNative {
  readonly req: Request
  readonly res: Response
}

/** Express's request as the server's, mapped field by field (no fetch `Request` built). */
export function sesameRequest(req: Request, res: Response): SesameRequest {
  // A body an upstream parser (express.json()) read is reused; otherwise the server reads the stream.
  const parsed = (req as { _body?: unknown })._body === true || req.readableEnded
  return fromNodeRequest(req, {
    path: req.path,
    clientAddress: req.ip,
    body: parsed ? { kind: 'parsed', value: req.body } : undefined,
    native: { req, res } satisfies ExpressNative,
  })
}
