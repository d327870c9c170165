import type { AcceptInvitationResponse } from '@sesame/core/wire'
import { Refusal } from '../lib/refusal'
import type { FlowFactory } from './context'
import { redeemLink } from './redeem-link'

/**
 * `POST /accept-invitation` `{ token, password, confirmation }`: the invitation link (purpose of
 * `inviteTokens`, bound to the account's state), then the policy and the confirmation (422 leaves
 * the link usable), then single use; the first password is set, the address counts as verified,
 * and the invitee is signed in — or `second_factor_required` when the account has a second factor.
 */
export const acceptInvitationFlow: FlowFactory = (context) => async (call) => {
  const tokens = context.options.inviteTokens
  if (!tokens) throw new Refusal('not_found')
  return redeemLink(context, call, {
    step: 'accept-invitation',
    verifiers: [tokens],
    refusesReuse: false,
    activates: () => true,
    revokesSessions: false,
    body: (signedIn): AcceptInvitationResponse => ({ status: 'password_set', signedIn }),
  })
}
