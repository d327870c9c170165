import { isSesameError, type ResetTokenErrorCode } from '@sesame/core'
import { TOKEN_PROBLEMS, type TokenProblemCode } from '@sesame/core/wire'
import type { ResetTokens, TokenState, VerifiedClaims } from './tokens'

/** The outcome of {@link checkResetToken}: the verified claims, or the problem code of the refusal. */
export type TokenCheck =
  | { readonly ok: true; readonly claims: VerifiedClaims }
  | { readonly ok: false; readonly code: TokenProblemCode }

/** Verifiers to try, the one whose purpose the (unverified) token claims first; each enforces its own. */
function verifiersFor(list: readonly ResetTokens[], token: string): readonly ResetTokens[] {
  if (list.length === 1) return list
  const purpose = list[0]!.peek(token)?.purpose
  const preferred = list.find((tokens) => tokens.purpose === purpose)
  return preferred ? [preferred, ...list.filter((tokens) => tokens !== preferred)] : list
}

/**
 * Verifies a token (signature, expiry, purpose, the account's credential state) with each issuer in
 * turn — only a purpose mismatch moves on to the next one — and answers its claims or the problem
 * code: `token_malformed`, `token_invalid`, `token_expired`, `token_stale`. Never consumes it.
 * An unexpected error (the state resolver threw) is rethrown.
 */
export async function checkResetToken(
  tokens: ResetTokens | readonly ResetTokens[],
  token: string,
  state: TokenState,
): Promise<TokenCheck> {
  const list: readonly ResetTokens[] = Array.isArray(tokens) ? tokens : [tokens as ResetTokens]
  const candidates = verifiersFor(list, token)
  for (let i = 0; ; i += 1) {
    try {
      return { ok: true, claims: await candidates[i]!.verify(token, { state }) }
    } catch (error) {
      if (!isSesameError(error) || !Object.hasOwn(TOKEN_PROBLEMS, error.code)) throw error
      if (i === candidates.length - 1 || error.code !== 'wrong_purpose') {
        return { ok: false, code: TOKEN_PROBLEMS[error.code as ResetTokenErrorCode] }
      }
    }
  }
}
