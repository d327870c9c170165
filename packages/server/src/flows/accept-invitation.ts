import { type AcceptInvitationResponse, MAX_PASSWORD_LENGTH } from '@sesame/core/wire'
import { refuseNewPassword } from '../lib/new-password'
import { setRedeemedPassword } from '../lib/redeem'
import { Refusal } from '../lib/refusal'
import { jsonResponse } from '../lib/response'
import { consumeToken } from '../lib/single-use'
import type { FlowFactory } from './context'
import { verifiedToken } from './token'

/**
 * `POST /accept-invitation` `{ token, password, confirmation }`: the invitation link (purpose of
 * `inviteTokens`, bound to the account's state), then the policy and the confirmation (422 leaves
 * the link usable), then single use; the first password is set, the address counts as verified,
 * and the invitee is signed in — or `second_factor_required` when the account has a second factor.
 */
export const acceptInvitationFlow: FlowFactory = (context) => async (call) => {
  const tokens = context.options.inviteTokens
  if (!tokens) throw new Refusal('not_found')
  const { claims, user } = await verifiedToken(context, call, 'accept-invitation', [tokens])
  const { password, confirmation } = await call.fields({
    password: { max: MAX_PASSWORD_LENGTH },
    confirmation: { max: MAX_PASSWORD_LENGTH },
  })
  const refused = await refuseNewPassword(context, call, user, {
    password,
    confirmation,
    step: 'accept-invitation',
    userId: claims.subject,
  })
  if (refused !== null) return refused
  await consumeToken(context, claims, 'accept-invitation')
  const { signedIn, headers } = await setRedeemedPassword(context, call, user, password, {
    userId: claims.subject,
    tokenId: claims.jti,
    purpose: claims.purpose,
    activates: true,
    revokesSessions: false,
  })
  const body: AcceptInvitationResponse = { status: 'password_set', signedIn }
  return jsonResponse(200, body, headers.values)
}
