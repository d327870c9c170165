import {
  bearerToken,
  checkResetToken,
  MAX_TOKEN_LENGTH,
  type ResetTokens,
  type TokenProblemCode,
  type VerifiedClaims,
} from '@sesame/server'
import { sendProblem } from '@sesame/server/node'
import type { NextFunction, Request, RequestHandler, Response } from 'express'
import { readExpressFields } from './lib/fields'
import { problemHandler } from './problem'

/** The account's credential state for a token subject (null: the account is gone). */
export type RequestTokenState =
  | string
  | ((subject: string, req: Request, res: Response) => string | null | Promise<string | null>)

/** Options of {@link requireResetToken}. */
export interface RequireResetTokenOptions {
  /** Where the token is read: the JSON body's `token` field (default) or `Authorization: Bearer`. */
  from?: 'body' | 'header'
  /** Body field holding the token. Defaults to `token`. */
  field?: string
  /** The account's current credential state, bound into the token when it was issued. */
  state: RequestTokenState
  /** Called with an unexpected error (adapter failure) before the 500 problem is answered. */
  onError?: (error: unknown, req: Request) => void
  /** Called when a token is refused (for audit hooks). */
  onRejected?: (code: TokenProblemCode, req: Request, res: Response) => void
}

const LOCALS_KEY = 'sesameResetToken'

/** The claims that {@link requireResetToken} verified for this request, if it did. */
export function verifiedResetToken(res: Response): VerifiedClaims | undefined {
  return (res.locals as Record<string, VerifiedClaims | undefined>)[LOCALS_KEY]
}

/**
 * Middleware that verifies a reset token (signature, expiry, purpose, and the account's credential
 * state), attaches the claims (read them with {@link verifiedResetToken}) or answers the matching
 * problem: `token_malformed`, `token_invalid`, `token_expired`, `token_stale`. Pass several token
 * issuers (reset and update) to accept either. It never consumes the token.
 */
export function requireResetToken(
  tokens: ResetTokens | readonly ResetTokens[],
  options: RequireResetTokenOptions,
): RequestHandler {
  const field = options.field ?? 'token'
  return problemHandler(async (req: Request, res: Response, next: NextFunction) => {
    const token =
      options.from === 'header'
        ? bearerToken(req.headers.authorization)
        : (await readExpressFields(req, res, { [field]: { max: MAX_TOKEN_LENGTH } }))[field]!
    const { state } = options
    const checked = await checkResetToken(
      tokens,
      token,
      typeof state === 'string' ? state : (subject) => state(subject, req, res),
    )
    if (!checked.ok) {
      options.onRejected?.(checked.code, req, res)
      sendProblem(req, res, checked.code)
      return
    }
    ;(res.locals as Record<string, VerifiedClaims>)[LOCALS_KEY] = checked.claims
    next()
  }, options.onError)
}
