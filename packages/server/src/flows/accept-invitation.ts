import type { PasswordContext } from '@sesame/core'
import { type AcceptInvitationResponse, MAX_PASSWORD_LENGTH } from '@sesame/core/wire'
import { emit } from '../lib/emit'
import { activateByMailbox } from '../lib/mailbox'
import { Refusal } from '../lib/refusal'
import { jsonResponse } from '../lib/response'
import { openSession } from '../lib/session'
import { consumeToken } from '../lib/single-use'
import { userEmail } from '../lib/user-fields'
import { checkNewPassword } from '../password-check'
import type { FlowFactory } from './context'
import { verifiedToken } from './token'

/**
 * `POST /accept-invitation` `{ token, password, confirmation }`: the invitation link (purpose of
 * `inviteTokens`, bound to the account's state), then the policy and the confirmation (422 leaves
 * the link usable), then single use; the first password is set, the address counts as verified,
 * and the invitee is signed in — or `second_factor_required` when the account has a second factor.
 */
export const acceptInvitationFlow: FlowFactory = (context) => async (call) => {
  const { users, options, hooks } = context
  const tokens = options.inviteTokens
  if (!tokens) throw new Refusal('not_found')
  const { claims, user } = await verifiedToken(context, call, 'accept-invitation', [tokens])
  const { password, confirmation } = await call.fields({
    password: { max: MAX_PASSWORD_LENGTH },
    confirmation: { max: MAX_PASSWORD_LENGTH },
  })
  const passwordContext: PasswordContext = users.passwordContext
    ? await users.passwordContext(user)
    : { email: userEmail(users, user) }
  const refused = await checkNewPassword(context.policy, {
    password,
    confirmation,
    context: passwordContext,
    locale: call.locale,
    check: context.check,
  })
  if (refused !== null) {
    context.failed(refused.code, 'accept-invitation', { userId: claims.subject })
    return refused.response
  }
  await consumeToken(context, claims, 'accept-invitation')
  await users.setPassword(user, password)
  await activateByMailbox(context, user, {
    userId: claims.subject,
    tokenId: claims.jti,
    purpose: claims.purpose,
  })
  emit(hooks, 'redeemed', { userId: claims.subject, tokenId: claims.jti, purpose: claims.purpose })
  emit(hooks, 'passwordChanged', {
    userId: claims.subject,
    purpose: claims.purpose,
    sessionsRevoked: false,
  })
  const { signedIn, headers } = await openSession(context, call, user)
  const body: AcceptInvitationResponse = { status: 'password_set', signedIn }
  return jsonResponse(200, body, headers.values)
}
