import {
  MAX_PASSWORD_LENGTH,
  MAX_TOKEN_LENGTH,
  RESET_CODE_LENGTH,
  type ResetPasswordResponse,
} from '@sesame/core/wire'
import { refuseNewPassword, reusedByAccount } from '../lib/new-password'
import { setRedeemedPassword } from '../lib/redeem'
import { jsonResponse } from '../lib/response'
import { consumeToken } from '../lib/single-use'
import type { FlowFactory } from './context'
import { resetWithCode } from './reset-by-code'
import { verifiedToken } from './token'

/**
 * `POST /reset-password` `{ token, password, confirmation }` (or `{ email, code, … }`, see
 * {@link resetWithCode}): token, then policy (422 leaves the
 * token usable), then confirmation, then single use in the store, then the new password, the
 * activation of an account never activated (a reset link proves the mailbox), session revocation, the `passwordChanged` hook and the optional sign-in (`second_factor_required`
 * instead, password changed, for an account with a second factor).
 */
export const resetPasswordFlow: FlowFactory = (context) => async (call) => {
  const { token, code } = await call.fields({
    token: { max: MAX_TOKEN_LENGTH, optional: true },
    code: { max: RESET_CODE_LENGTH, optional: true },
  })
  if (token === undefined && code !== undefined) return resetWithCode(context, call)
  const { claims, user } = await verifiedToken(context, call, 'reset-password')
  const { password, confirmation } = await call.fields({
    password: { max: MAX_PASSWORD_LENGTH },
    confirmation: { max: MAX_PASSWORD_LENGTH },
  })
  const refused = await refuseNewPassword(context, call, user, {
    password,
    confirmation,
    step: 'reset-password',
    userId: claims.subject,
    reused: reusedByAccount(context, user),
  })
  if (refused !== null) return refused
  await consumeToken(context, claims, 'reset-password')
  const { signedIn, headers } = await setRedeemedPassword(context, call, user, password, {
    userId: claims.subject,
    tokenId: claims.jti,
    purpose: claims.purpose,
    // A reset link went to the mailbox; a first-sign-in update token did not.
    activates: claims.purpose === context.options.tokens.purpose,
    revokesSessions: context.options.revokeSessions ?? true,
  })
  const body: ResetPasswordResponse = { status: 'password_changed', signedIn }
  return jsonResponse(200, body, headers.values)
}
