import type { SesameEmail } from '../emails/types'
import type { FlowContext } from '../flows/context'
import type { ResetStep } from '../hooks'
import { timeout } from './timers'

/**
 * Hands one email to the app's sender, bounded by `emailTimeoutMs`; a failure or a timeout goes to
 * the `failed` hook (never to the response, which was sent already). Resolves whether it was sent.
 */
export async function sendEmail<User>(
  context: FlowContext<User>,
  email: SesameEmail<User>,
  step: ResetStep,
  userId: string,
): Promise<boolean> {
  const { options } = context
  const limit = timeout(options.emailTimeoutMs ?? 30_000)
  try {
    const sending = options.sendEmail
      ? options.sendEmail(email)
      : email.kind === 'reset' && options.sendResetEmail
        ? options.sendResetEmail({
            to: email.to,
            url: email.url,
            locale: email.locale,
            user: email.user,
            expiresAt: email.expiresAt,
            ...(email.code === undefined ? {} : { code: email.code }),
          })
        : undefined
    const outcome = await Promise.race([Promise.resolve(sending), limit.promise])
    if (outcome === 'timeout') {
      context.failed('email_timeout', step, { userId })
      return false
    }
    return true
  } catch (error) {
    context.failed('email_failed', step, { userId, error })
    return false
  } finally {
    limit.cancel()
  }
}
