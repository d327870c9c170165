import type { PasswordContext } from '@sesame/core'
import {
  MAX_PASSWORD_LENGTH,
  MAX_TOKEN_LENGTH,
  RESET_CODE_LENGTH,
  type ResetPasswordResponse,
} from '@sesame/core/wire'
import { reusedResponse } from '../lib/credentials'
import { emit } from '../lib/emit'
import { activateByMailbox } from '../lib/mailbox'
import { Refusal } from '../lib/refusal'
import { jsonResponse } from '../lib/response'
import { openSession } from '../lib/session'
import { userEmail } from '../lib/user-fields'
import { checkNewPassword } from '../password-check'
import type { FlowFactory } from './context'
import { resetWithCode } from './reset-by-code'
import { verifiedToken } from './token'

// A consumed token is remembered a little past its expiry, for clocks that disagree.
const CLOCK_TOLERANCE_SECONDS = 60

/**
 * `POST /reset-password` `{ token, password, confirmation }` (or `{ email, code, … }`, see
 * {@link resetWithCode}): token, then policy (422 leaves the
 * token usable), then confirmation, then single use in the store, then the new password, the
 * activation of an account never activated (a reset link proves the mailbox), session revocation, the `passwordChanged` hook and the optional sign-in (`second_factor_required`
 * instead, password changed, for an account with a second factor).
 */
export const resetPasswordFlow: FlowFactory = (context) => async (call) => {
  const { users, options, hooks } = context
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
  const passwordContext: PasswordContext = users.passwordContext
    ? await users.passwordContext(user)
    : { email: userEmail(users, user) }
  const refused = await checkNewPassword(context.policy, {
    password,
    confirmation,
    context: passwordContext,
    locale: call.catalogue,
    check: context.check,
  })
  if (refused !== null) {
    context.failed(refused.code, 'reset-password', { userId: claims.subject })
    return refused.response
  }
  // The forced update and the reset also refuse the current password (and the last N).
  if (context.credentials && (await context.credentials.reusedByAccount(user, password))) {
    context.failed('password_policy', 'reset-password', { userId: claims.subject })
    return reusedResponse(call.catalogue)
  }
  const ttl = Math.max(
    1,
    Math.ceil((claims.expiresAt.getTime() - Date.now()) / 1000) + CLOCK_TOLERANCE_SECONDS,
  )
  let first: boolean
  try {
    first = await context.store.consume(`used:${claims.jti}`, ttl)
  } catch (error) {
    context.failed('store_unavailable', 'reset-password', { userId: claims.subject, error })
    throw new Refusal('store_unavailable')
  }
  if (!first) {
    context.failed('token_used', 'reset-password', { userId: claims.subject })
    throw new Refusal('token_used')
  }
  await users.setPassword(user, password)
  emit(hooks, 'redeemed', { userId: claims.subject, tokenId: claims.jti, purpose: claims.purpose })
  // A reset link went to the mailbox; a first-sign-in update token did not.
  if (claims.purpose === options.tokens.purpose) {
    await activateByMailbox(context, user, {
      userId: claims.subject,
      tokenId: claims.jti,
      purpose: claims.purpose,
    })
  }
  const sessionsRevoked = (options.revokeSessions ?? true) && users.revokeSessions !== undefined
  if (sessionsRevoked) await users.revokeSessions!(user)
  emit(hooks, 'passwordChanged', {
    userId: claims.subject,
    purpose: claims.purpose,
    sessionsRevoked,
  })
  const { signedIn, headers } = await openSession(context, call, user)
  const body: ResetPasswordResponse = { status: 'password_changed', signedIn }
  return jsonResponse(200, body, headers.values)
}
