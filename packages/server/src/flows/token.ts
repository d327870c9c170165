import { MAX_TOKEN_LENGTH } from '@sesame/core/wire'
import type { ResetStep } from '../hooks'
import { Refusal } from '../lib/refusal'
import { checkResetToken } from '../token-check'
import type { ResetTokens, VerifiedClaims } from '../tokens'
import type { FlowCall, FlowContext } from './context'

/** A verified token and the account it names, loaded once. */
export interface TokenHolder<User> {
  readonly claims: VerifiedClaims
  readonly user: User
}

/**
 * Reads the body's `token`, verifies it against the account's current state, or refuses; by
 * default with the issuers of `POST /reset-password` (reset, update), else with `verifiers`.
 */
export async function verifiedToken<User>(
  context: FlowContext<User>,
  call: FlowCall,
  step: ResetStep,
  verifiers: readonly ResetTokens[] = context.verifiers,
): Promise<TokenHolder<User>> {
  const { token } = await call.fields({ token: { max: MAX_TOKEN_LENGTH } })
  const { users } = context
  let user: User | null | undefined
  const state = async (subject: string): Promise<string | null> => {
    user = await users.findById(subject)
    return user == null ? null : users.credentialState(user)
  }
  const checked = await checkResetToken(verifiers, token, state)
  if (!checked.ok) {
    context.failed(checked.code, step)
    throw new Refusal(checked.code)
  }
  return { claims: checked.claims, user: user as User }
}
