import { type Locale, resolveLocale } from '@sesame/core'
import { MAX_EMAIL_LENGTH, MAX_LOCALE_LENGTH, normalizeEmail } from '@sesame/core/wire'
import { emit } from '../lib/emit'
import { clientKey } from '../lib/ip'
import { Refusal } from '../lib/refusal'
import { jsonResponse } from '../lib/response'
import { sendEmail } from '../lib/send-email'
import { emailLabel, keyPart } from '../lib/store-key'
import { userEmail, userId } from '../lib/user-fields'
import type { Limit } from '../rate-limit'
import type { FlowContext, FlowFactory } from './context'

const ACCEPTED = Object.freeze({ status: 'accepted' })

// The subject of the token signed, then dropped, for an email without an account.
const UNKNOWN_SUBJECT = 'unknown'

/** Counts one request against a limit; the retry delay in seconds when over it, else null. */
async function overLimit<User>(
  context: FlowContext<User>,
  key: string,
  limit: Limit | false,
): Promise<number | null> {
  if (limit === false) return null
  const { count, resetAt } = await context.store.hit(key, limit.windowMs)
  if (count <= limit.max) return null
  return Math.max(1, Math.ceil((resetAt.getTime() - Date.now()) / 1000))
}

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
  const sent = await sendEmail(
    context,
    {
      kind: 'reset',
      to: userEmail(users, user),
      url: context.buildUrl({ token, locale }),
      locale,
      user,
      expiresAt,
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
  const locale = fields.locale === undefined ? call.locale : resolveLocale(fields.locale)
  const emailHash = await emailLabel(normalized)
  const address = clientKey(call.request.clientAddress)
  if (address === null && context.limits.ip !== false) context.noClientAddress()
  let sending = true
  try {
    const ipRetry =
      address === null
        ? null
        : await overLimit(context, `rl:forgot:ip:${await keyPart(address)}`, context.limits.ip)
    if (ipRetry !== null) {
      emit(context.hooks, 'rateLimited', {
        step: 'forgot-password',
        scope: 'ip',
        retryAfterSeconds: ipRetry,
      })
      throw new Refusal('rate_limited', { retryAfter: ipRetry }, { 'retry-after': String(ipRetry) })
    }
    const emailRetry = await overLimit(
      context,
      `rl:forgot:email:${emailHash}`,
      context.limits.email,
    )
    if (emailRetry !== null) {
      sending = false
      emit(context.hooks, 'rateLimited', {
        step: 'forgot-password',
        scope: 'email',
        retryAfterSeconds: emailRetry,
      })
    }
  } catch (error) {
    if (error instanceof Refusal) throw error
    context.failed('store_unavailable', 'forgot-password', { error })
    throw new Refusal('store_unavailable')
  }
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
