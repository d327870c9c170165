import {
  type ChangePasswordResponse,
  MAX_CHALLENGE_LENGTH,
  MAX_PASSWORD_LENGTH,
  normalizeEmail,
} from '@sesame/core/wire'
import { emit } from '../lib/emit'
import { clientKey } from '../lib/ip'
import { refuseNewPassword } from '../lib/new-password'
import { Refusal } from '../lib/refusal'
import { jsonResponse } from '../lib/response'
import { sendEmail } from '../lib/send-email'
import { emailLabel } from '../lib/store-key'
import { userEmail, userId } from '../lib/user-fields'
import type { FlowFactory } from './context'

/**
 * `POST /change-password` `{ currentPassword, password, confirmation, challenge? }` for the
 * signed-in account (`users.currentUser`, else 401 `not_signed_in`): the current password under
 * the sign-in counters (429, `challenge_required`, 401 `invalid_credentials`), then the policy and
 * the confirmation, then new ≠ current (and the last N), then the new password, the other
 * sessions revoked and the "password changed" email.
 */
export const changePasswordFlow: FlowFactory = (context) => {
  const { credentials, users, options } = context
  if (credentials === null || typeof users.currentUser !== 'function') return null
  return async (call) => {
    const fields = await call.fields({
      currentPassword: { max: MAX_PASSWORD_LENGTH },
      password: { max: MAX_PASSWORD_LENGTH },
      confirmation: { max: MAX_PASSWORD_LENGTH },
      challenge: { max: MAX_CHALLENGE_LENGTH, optional: true },
    })
    const address = clientKey(call.request.clientAddress)
    if (address === null) context.noClientAddress()
    await context.throttle.checkAddress(address, 'change-password')
    const user = await users.currentUser!(call.request)
    if (user == null) {
      context.failed('not_signed_in', 'change-password')
      throw new Refusal('not_signed_in')
    }
    const subject = userId(users, user)
    const email = userEmail(users, user)
    const emailHash = await emailLabel(normalizeEmail(email))
    await context.throttle.checkAccount(
      { request: call.request, step: 'change-password', emailHash },
      fields.challenge,
    )
    const hash = await credentials.verify(user, fields.currentPassword)
    if (hash === null) {
      await context.throttle.wrong(address, emailHash)
      context.failed('invalid_credentials', 'change-password', { userId: subject })
      throw new Refusal('invalid_credentials')
    }
    const refused = await refuseNewPassword(context, call, user, {
      password: fields.password,
      confirmation: fields.confirmation,
      step: 'change-password',
      userId: subject,
      reused: (password) => credentials.reused(user, hash, password),
    })
    if (refused !== null) return refused
    await users.setPassword(user, fields.password)
    const revoked = (options.revokeOtherSessions ?? true) && users.revokeSessions !== undefined
    if (revoked) await users.revokeSessions!(user, { keep: call.request })
    emit(context.hooks, 'passwordChanged', {
      userId: subject,
      purpose: 'change',
      sessionsRevoked: revoked,
    })
    const locale = call.locale
    const changedAt = new Date()
    const queued = context.queue.push(async () => {
      await sendEmail(
        context,
        { kind: 'password_changed', to: email, locale, user, changedAt },
        'change-password',
        subject,
      )
    })
    if (!queued) context.failed('queue_full', 'change-password', { userId: subject })
    const body: ChangePasswordResponse = {
      status: 'password_changed',
      otherSessionsRevoked: revoked,
    }
    return jsonResponse(200, body)
  }
}
