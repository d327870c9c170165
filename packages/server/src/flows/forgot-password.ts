import type { Locale } from '@sesame/core'
import { MAX_EMAIL_LENGTH, MAX_LOCALE_LENGTH, normalizeEmail } from '@sesame/core/wire'
import { issueCode } from '../lib/code-record'
import { emit } from '../lib/emit'
import { emailRequestLimits } from '../lib/request-limits'
import { jsonResponse } from '../lib/response'
import { sendEmail } from '../lib/send-email'
import { emailLabel } from '../lib/store-key'
import { userEmail, userId } from '../lib/user-fields'
import type { FlowContext, FlowFactory } from './context'

const ACCEPTED = Object.freeze({ status: 'accepted' })

// The subject of the token signed, then dropped, for an email without an account.
const UNKNOWN_SUBJECT = 'unknown'

/** The lookup, token and email of one accepted request, run after the response. */
async function deliver<User>(
  context: FlowContext<User>,
  email: string,
  emailHash: string,
  locale: Locale,
): Promise<void> {
  const { users, hooks, options } = context
  let user: User | null | undefined
  try {
    user = await users.findByEmail(email)
  } catch (error) {
    context.failed('lookup_failed', 'forgot-password', { error })
    return
  }
  emit(hooks, 'requested', { emailHash, known: user != null, locale })
  if (user == null) {
    // A known email's signing and link work, dropped, so that the next request's latency cannot tell.
    const { token } = await options.tokens.issue({
      subject: UNKNOWN_SUBJECT,
      state: emailHash,
      locale,
    })
    context.buildUrl({ token, locale })
    return
  }
  const subject = userId(users, user)
  const state = await users.credentialState(user)
  const { token, jti, expiresAt } = await options.tokens.issue({ subject, state, locale })
  // A store that cannot keep the code costs the email its code, not the email itself.
  const code = await issueCode(context, { emailHash, subject, jti, state, expiresAt }).catch(
    (error: unknown) => {
      context.failed('store_unavailable', 'forgot-password', { userId: subject, error })
      return undefined
    },
  )
  const sent = await sendEmail(
    context,
    {
      kind: 'reset',
      to: userEmail(users, user),
      url: context.buildUrl({ token, locale }),
      locale,
      user,
      expiresAt,
      ...(code === undefined ? {} : { code }),
    },
    'forgot-password',
    subject,
  )
  if (!sent) return
  emit(hooks, 'emailSent', { userId: subject, emailHash, tokenId: jti, expiresAt })
}

/**
 * `POST /forgot-password` `{ email, locale? }`: 202 with the same body and headers whether or not
 * the account exists; the lookup, token and email happen after the response. The per-address
 * limit is checked first (a refused address counts against no email); the per-email budget counts
 * the requests that passed it, and past it a request is accepted alike but sends nothing more, so
 * that a flood can neither bomb an inbox nor lock the owner out.
 */
export const forgotPasswordFlow: FlowFactory = (context) => async (call) => {
  const fields = await call.fields({
    email: { max: MAX_EMAIL_LENGTH },
    locale: { max: MAX_LOCALE_LENGTH, optional: true },
  })
  const normalized = normalizeEmail(fields.email)
  const locale =
    fields.locale === undefined ? call.locale : context.catalogueFor(fields.locale).locale
  const emailHash = await emailLabel(normalized)
  const sending = await emailRequestLimits(context, call, 'forgot-password', 'forgot', emailHash)
  if (sending) {
    const queued = context.queue.push(() =>
      deliver(context, normalized, emailHash, locale).catch((error: unknown) =>
        context.failed('internal_error', 'forgot-password', { error }),
      ),
    )
    if (!queued) context.failed('queue_full', 'forgot-password')
  }
  return jsonResponse(202, ACCEPTED)
}
