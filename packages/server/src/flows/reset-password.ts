import { MAX_TOKEN_LENGTH, RESET_CODE_LENGTH, type ResetPasswordResponse } from '@sesame/core/wire'
import type { FlowFactory } from './context'
import { redeemLink } from './redeem-link'
import { resetWithCode } from './reset-by-code'

/**
 * `POST /reset-password` `{ token, password, confirmation }` (or `{ email, code, … }`, see
 * {@link resetWithCode}): token, then policy (422 leaves the token usable), then confirmation,
 * then new ≠ current (and the last N), then single use in the store, then the new password, the
 * activation of an account never activated (a reset link proves the mailbox), session
 * revocation, the `passwordChanged` hook and the optional sign-in (`second_factor_required`
 * instead, password changed, for an account with a second factor).
 */
export const resetPasswordFlow: FlowFactory = (context) => async (call) => {
  const { token, code } = await call.fields({
    token: { max: MAX_TOKEN_LENGTH, optional: true },
    code: { max: RESET_CODE_LENGTH, optional: true },
  })
  if (token === undefined && code !== undefined) return resetWithCode(context, call)
  return redeemLink(context, call, {
    step: 'reset-password',
    refusesReuse: true,
    // A reset link went to the mailbox; a first-sign-in update token did not.
    activates: (purpose) => purpose === context.options.tokens.purpose,
    revokesSessions: context.options.revokeSessions ?? true,
    body: (signedIn): ResetPasswordResponse => ({ status: 'password_changed', signedIn }),
  })
}
