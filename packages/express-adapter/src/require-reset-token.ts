import { isSesameError, type ResetTokenErrorCode } from '@sesame/core'
import type { NextFunction, Request, RequestHandler, Response } from 'express'
import { readFields } from './lib/fields'
import { asyncHandler } from './lib/handler'
import { type ProblemCode, sendProblem } from './problem'
import type { ResetTokens, TokenState, VerifiedClaims } from './tokens'

/** Longest token accepted, in characters. */
export const MAX_TOKEN_LENGTH = 4096

/** Problem codes answered for a refused token. */
export type TokenProblemCode = Extract<ProblemCode, `token_${string}`>

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

const TOKEN_PROBLEMS: Record<ResetTokenErrorCode, TokenProblemCode> = {
  malformed: 'token_malformed',
  invalid: 'token_invalid',
  expired: 'token_expired',
  stale: 'token_stale',
  wrong_purpose: 'token_invalid',
}

/** The claims that {@link requireResetToken} verified for this request, if it did. */
export function verifiedResetToken(res: Response): VerifiedClaims | undefined {
  return (res.locals as Record<string, VerifiedClaims | undefined>)[LOCALS_KEY]
}

function bearer(req: Request): string | undefined {
  const header = req.headers.authorization
  if (typeof header !== 'string') return undefined
  const match = /^Bearer +(\S+)$/i.exec(header)
  return match?.[1]
}

/** Verifiers to try, the one whose purpose the (unverified) token claims first; each enforces its own. */
function verifiersFor(list: readonly ResetTokens[], token: string): readonly ResetTokens[] {
  if (list.length === 1) return list
  const purpose = list[0]!.peek(token)?.purpose
  const preferred = list.find((tokens) => tokens.purpose === purpose)
  return preferred ? [preferred, ...list.filter((tokens) => tokens !== preferred)] : list
}

/** Verifies with each candidate in turn; only a purpose mismatch moves on to the next one. */
async function verifyAny(
  list: readonly ResetTokens[],
  token: string,
  state: TokenState,
): Promise<VerifiedClaims> {
  const candidates = verifiersFor(list, token)
  for (let i = 0; ; i += 1) {
    try {
      return await candidates[i]!.verify(token, { state })
    } catch (error) {
      if (i === candidates.length - 1 || !isSesameError(error, 'wrong_purpose')) throw error
    }
  }
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
  const list: readonly ResetTokens[] = Array.isArray(tokens) ? tokens : [tokens as ResetTokens]
  const field = options.field ?? 'token'
  return asyncHandler(async (req: Request, res: Response, next: NextFunction) => {
    let token: string | undefined
    if (options.from === 'header') {
      token = bearer(req)
      if (token === undefined || token.length > MAX_TOKEN_LENGTH) {
        const reason = token === undefined ? 'missing' : 'too_long'
        sendProblem(req, res, 'invalid_field', {
          field: 'authorization',
          errors: [{ field: 'authorization', reason }],
        })
        return
      }
    } else {
      const fields = await readFields(req, res, { [field]: { max: MAX_TOKEN_LENGTH } })
      if (!fields) return
      token = fields[field]!
    }
    const { state } = options
    const resolveState =
      typeof state === 'string' ? state : (subject: string) => state(subject, req, res)
    let claims: VerifiedClaims
    try {
      claims = await verifyAny(list, token, resolveState)
    } catch (error) {
      if (!isSesameError(error) || !(error.code in TOKEN_PROBLEMS)) throw error
      const code = TOKEN_PROBLEMS[error.code as ResetTokenErrorCode]
      options.onRejected?.(code, req, res)
      sendProblem(req, res, code)
      return
    }
    ;(res.locals as Record<string, VerifiedClaims>)[LOCALS_KEY] = claims
    next()
  }, options.onError)
}
