import {
  MAX_CHALLENGE_LENGTH,
  MAX_EMAIL_LENGTH,
  MAX_PASSWORD_LENGTH,
  normalizeEmail,
  type SignInResponse,
} from '@sesame/core/wire'
import type { Credentials } from '../lib/credentials'
import { holdUntil } from '../lib/deadline'
import { emit } from '../lib/emit'
import { clientKey } from '../lib/ip'
import { accountPasswordContext } from '../lib/new-password'
import { Refusal } from '../lib/refusal'
import { jsonResponse, responseHeaders } from '../lib/response'
import { emailLabel } from '../lib/store-key'
import { userId } from '../lib/user-fields'
import { runtimeWarning } from '../lib/warn'
import { passwordUpdateResponse } from '../password-update'
import type { SesameResponse } from '../request'
import type { FlowCall, FlowContext, FlowFactory } from './context'

// Failures of the server itself leave at once. A busy answer is held like the others: a flood
// that retries at once then waits out the floor, instead of spinning the event loop on 503s.
const UNPADDED = new Set(['store_unavailable', 'internal_error'])

/** Replaces a stored legacy (or weaker) hash with the hasher's, after the response, if unchanged. */
export function rehashLater<User>(
  context: FlowContext<User>,
  credentials: Credentials<User>,
  user: User,
  hash: string,
  password: string,
): void {
  const { users } = context
  if (!credentials.hasher.needsRehash(hash) || typeof users.replacePasswordHash !== 'function') {
    return
  }
  const queued = context.queue.push(async () => {
    try {
      const to = await credentials.limiter.run(() => credentials.hasher.hash(password))
      await users.replacePasswordHash!(user, { from: hash, to })
    } catch (error) {
      context.failed('rehash_failed', 'sign-in', { userId: userId(users, user), error })
    }
  })
  if (!queued) context.failed('queue_full', 'sign-in')
}

async function signIn<User>(
  context: FlowContext<User>,
  credentials: Credentials<User>,
  call: FlowCall,
  fields: { email: string; password: string; challenge: string | undefined },
  remember: boolean | undefined,
  address: string | null,
  emailHash: string,
): Promise<SesameResponse> {
  const { users, options } = context
  await context.throttle.checkAccount(
    { request: call.request, step: 'sign-in', emailHash },
    fields.challenge,
  )
  const user = await users.findByEmail(normalizeEmail(fields.email))
  const hash = await credentials.verify(user, fields.password)
  if (user == null || hash === null) {
    await context.throttle.wrong(address, emailHash)
    context.failed('invalid_credentials', 'sign-in')
    throw new Refusal('invalid_credentials')
  }
  const subject = userId(users, user)
  if (users.isActivated && (await users.isActivated(user)) !== true) {
    throw new Refusal('activation_required')
  }
  const update = { users, updateTokens: options.updateTokens! }
  const flagged = await passwordUpdateResponse(update, user, call.catalogue)
  if (flagged !== null) return flagged
  if (options.forceUpgradeOnSignIn) {
    const passwordContext = await accountPasswordContext(context, user)
    const result = await context.check(context.policy, fields.password, passwordContext)
    if (!result.ok) {
      const upgrade = {
        ...update,
        users: { ...users, passwordStatus: () => 'update_required' as const },
      }
      return (await passwordUpdateResponse(upgrade, user, call.catalogue))!
    }
  }
  rehashLater(context, credentials, user, hash, fields.password)
  const secondFactor = users.secondFactor ? await users.secondFactor(user) : null
  if (secondFactor != null) throw new Refusal('second_factor_required', { secondFactor })
  const headers = responseHeaders()
  await users.signIn!(user, {
    request: call.request,
    headers,
    ...(remember === undefined ? {} : { remember }),
  })
  emit(context.hooks, 'signedIn', { userId: subject })
  const body: SignInResponse = { status: 'signed_in' }
  return jsonResponse(200, body, headers.values)
}

/**
 * `POST /sign-in` `{ email, password, remember?, challenge? }`: fields bounded, then the
 * per-address limit (429), then the per-account one (`challenge_required` past it unless the
 * challenge is answered), then the password against the stored hash (a dummy one for an unknown
 * email: the same 401 `invalid_credentials` for both). A right password may still lead to
 * `activation_required`, `password_update_required` (with an update token),
 * `password_reset_required` or `second_factor_required`; otherwise `users.signIn` opens the session.
 * Every answer past the address check leaves at `signInFloorMs` after the request came.
 */
export const signInFlow: FlowFactory = (context) => {
  const { credentials } = context
  if (credentials === null) return null
  let warnedSlow = false
  return async (call) => {
    const fields = await call.fields({
      email: { max: MAX_EMAIL_LENGTH },
      password: { max: MAX_PASSWORD_LENGTH },
      challenge: { max: MAX_CHALLENGE_LENGTH, optional: true },
    })
    const remember = await call.flag('remember')
    const deadline = performance.now() + credentials.floorMs
    const address = clientKey(call.request.clientAddress)
    if (address === null) context.noClientAddress()
    await context.throttle.checkAddress(address, 'sign-in')
    const emailHash = await emailLabel(normalizeEmail(fields.email))
    let outcome: { response: SesameResponse } | { error: unknown }
    try {
      outcome = {
        response: await signIn(context, credentials, call, fields, remember, address, emailHash),
      }
    } catch (error) {
      if (error instanceof Refusal && UNPADDED.has(error.code)) throw error
      outcome = { error }
    }
    if (performance.now() > deadline && !warnedSlow) {
      warnedSlow = true
      runtimeWarning(
        '@sesame/server: a sign-in took longer than signInFloorMs, so its time may tell the ' +
          'account apart; raise signInFloorMs above the slowest verification.',
        'SESAME_SIGN_IN_FLOOR',
      )
    }
    await holdUntil(deadline)
    if ('error' in outcome) throw outcome.error
    return outcome.response
  }
}
