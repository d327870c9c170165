import type { Locale } from '@sesame/core'
import {
  MAX_EMAIL_LENGTH,
  MAX_LOCALE_LENGTH,
  MAX_NAME_LENGTH,
  MAX_PASSWORD_LENGTH,
  normalizeEmail,
  type SignUpResponse,
} from '@sesame/core/wire'
import { plainName } from '../emails/plain-text'
import { emit } from '../lib/emit'
import { Refusal } from '../lib/refusal'
import { emailRequestLimits } from '../lib/request-limits'
import { jsonResponse } from '../lib/response'
import { sendEmail } from '../lib/send-email'
import { emailLabel } from '../lib/store-key'
import { userEmail, userId } from '../lib/user-fields'
import { checkNewPassword } from '../password-check'
import { serverCatalogue } from '../problems'
import type { FlowContext, FlowFactory } from './context'

const ACCEPTED: SignUpResponse = Object.freeze({ status: 'accepted' })

/** One accepted sign-up, as the background job sees it. */
interface SignUpJob {
  readonly email: string
  readonly emailHash: string
  readonly password: string
  readonly name: string | undefined
  readonly locale: Locale
}

/**
 * The owner of a taken address is told by email, with a reset link, instead of on screen; an
 * account that was never activated gets a fresh activation link instead (its first one was lost).
 */
async function tellOwner<User>(
  context: FlowContext<User>,
  user: User,
  job: SignUpJob,
): Promise<void> {
  const { users, options } = context
  if (options.activationTokens && users.isActivated && !(await users.isActivated(user))) {
    await sendActivation(context, user, { ...job, name: undefined })
    return
  }
  const subject = userId(users, user)
  const state = await users.credentialState(user)
  const { token, expiresAt } = await options.tokens.issue({ subject, state, locale: job.locale })
  const to = userEmail(users, user)
  const url = context.buildUrl({ token, locale: job.locale })
  await sendEmail(
    context,
    { kind: 'account_exists', to, url, locale: job.locale, user, expiresAt },
    'sign-up',
    subject,
  )
}

/** Creates the account, then sends its activation link (or activates it, when the app opted out). */
async function createAccount<User>(context: FlowContext<User>, job: SignUpJob): Promise<void> {
  const { users, options } = context
  let user: User
  try {
    user = await users.create!({
      email: job.email,
      password: job.password,
      locale: job.locale,
      ...(job.name === undefined ? {} : { name: job.name }),
    })
  } catch (error) {
    context.failed('create_failed', 'sign-up', { error })
    return
  }
  if (options.requireActivation === false) {
    if (users.activate) await users.activate(user)
    return
  }
  await sendActivation(context, user, job)
}

/** Issues an activation link for the account and sends the `activation` email. */
async function sendActivation<User>(
  context: FlowContext<User>,
  user: User,
  job: SignUpJob,
): Promise<void> {
  const { users, options } = context
  if (!options.activationTokens) return
  const subject = userId(users, user)
  const state = await users.credentialState(user)
  const issued = await options.activationTokens.issue({ subject, state, locale: job.locale })
  const url = context.buildActivationUrl({ token: issued.token, locale: job.locale })
  await sendEmail(
    context,
    {
      kind: 'activation',
      to: userEmail(users, user),
      url,
      locale: job.locale,
      user,
      expiresAt: issued.expiresAt,
      ...(job.name === undefined ? {} : { name: job.name }),
    },
    'sign-up',
    subject,
  )
}

async function deliver<User>(context: FlowContext<User>, job: SignUpJob): Promise<void> {
  let existing: User | null | undefined
  try {
    existing = await context.users.findByEmail(job.email)
  } catch (error) {
    context.failed('lookup_failed', 'sign-up', { error })
    return
  }
  emit(context.hooks, 'signedUp', {
    emailHash: job.emailHash,
    known: existing != null,
    locale: job.locale,
  })
  if (existing != null) await tellOwner(context, existing, job)
  else await createAccount(context, job)
}

/**
 * `POST /sign-up` `{ email, password, confirmation, name?, locale? }`: fields bounded, then the
 * policy and the confirmation (422, which never depend on the address), then the limits of
 * forgot-password; then always 202 `{ status: 'accepted' }` with the same headers. The lookup, the
 * account's creation and the email (activation link, or "you already have an account" with a reset
 * link for a taken address) run after the response, so that taken and free addresses look alike.
 */
export const signUpFlow: FlowFactory = (context) => async (call) => {
  if (typeof context.users.create !== 'function') throw new Refusal('not_found')
  const fields = await call.fields({
    email: { max: MAX_EMAIL_LENGTH },
    password: { max: MAX_PASSWORD_LENGTH },
    confirmation: { max: MAX_PASSWORD_LENGTH },
    name: { max: MAX_NAME_LENGTH, optional: true },
    locale: { max: MAX_LOCALE_LENGTH, optional: true },
  })
  const email = normalizeEmail(fields.email)
  const locale =
    fields.locale === undefined
      ? call.locale
      : serverCatalogue(fields.locale, context.locales).locale
  const cleanName = fields.name === undefined ? '' : plainName(fields.name)
  const name = cleanName === '' ? undefined : cleanName
  const refused = await checkNewPassword(context.policy, {
    password: fields.password,
    confirmation: fields.confirmation,
    context: name === undefined ? { email } : { email, name },
    locale: call.catalogue,
    check: context.check,
  })
  if (refused !== null) {
    context.failed(refused.code, 'sign-up')
    return refused.response
  }
  const emailHash = await emailLabel(email)
  const sending = await emailRequestLimits(context, call, 'sign-up', 'sign-up', emailHash)
  if (sending) {
    const job: SignUpJob = { email, emailHash, password: fields.password, name, locale }
    const queued = context.queue.push(() =>
      deliver(context, job).catch((error: unknown) =>
        context.failed('internal_error', 'sign-up', { error }),
      ),
    )
    if (!queued) context.failed('queue_full', 'sign-up')
  }
  return jsonResponse(202, ACCEPTED)
}
