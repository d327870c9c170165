import type { ActivateResponse } from '@sesame/core/wire'
import { emit } from '../lib/emit'
import { Refusal } from '../lib/refusal'
import { jsonResponse } from '../lib/response'
import { openSession } from '../lib/session'
import { consumeToken } from '../lib/single-use'
import type { FlowFactory } from './context'
import { verifiedToken } from './token'

/**
 * `POST /activate` `{ token }`: an activation link (purpose of `activationTokens`), verified
 * against the account's state, used once (`token_used` for an account already active), then the
 * account is activated and signed in — or `second_factor_required` when it has a second factor.
 */
export const activateFlow: FlowFactory = (context) => async (call) => {
  const { users, options, hooks } = context
  const tokens = options.activationTokens
  if (!tokens || typeof users.activate !== 'function') throw new Refusal('not_found')
  const { claims, user } = await verifiedToken(context, call, 'activate', [tokens])
  if (users.isActivated && (await users.isActivated(user))) {
    context.failed('token_used', 'activate', { userId: claims.subject })
    throw new Refusal('token_used')
  }
  await consumeToken(context, claims, 'activate')
  await users.activate(user)
  emit(hooks, 'activated', { userId: claims.subject, tokenId: claims.jti, purpose: claims.purpose })
  const { signedIn, headers } = await openSession(context, call, user)
  const body: ActivateResponse = { status: 'activated', signedIn }
  return jsonResponse(200, body, headers.values)
}
