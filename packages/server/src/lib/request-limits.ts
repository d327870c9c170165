import type { FlowCall, FlowContext } from '../flows/context'
import type { ResetStep } from '../hooks'
import type { Limit } from '../rate-limit'
import { emit } from './emit'
import { clientKey } from './ip'
import { Refusal } from './refusal'
import { keyPart } from './store-key'

/** Counts one request against a limit; the retry delay in seconds when over it, else null. */
export async function overLimit<User>(
  context: FlowContext<User>,
  key: string,
  limit: Limit | false,
): Promise<number | null> {
  if (limit === false) return null
  const { count, resetAt } = await context.store.hit(key, limit.windowMs)
  if (count <= limit.max) return null
  return Math.max(1, Math.ceil((resetAt.getTime() - Date.now()) / 1000))
}

/**
 * The limits of a route that emails an address (forgot-password, sign-up): the per-address limit
 * first (a refused address counts against no email: `rate_limited`), then the per-email budget of
 * the requests that passed it. Resolves whether to send: past the email budget the request is
 * answered alike but sends nothing, so that a flood can neither bomb an inbox nor lock its owner out.
 */
export async function emailRequestLimits<User>(
  context: FlowContext<User>,
  call: FlowCall,
  step: ResetStep,
  route: string,
  emailHash: string,
): Promise<boolean> {
  const address = clientKey(call.request.clientAddress)
  if (address === null && context.limits.ip !== false) context.noClientAddress()
  try {
    const ipRetry =
      address === null
        ? null
        : await overLimit(context, `rl:${route}:ip:${await keyPart(address)}`, context.limits.ip)
    if (ipRetry !== null) {
      emit(context.hooks, 'rateLimited', { step, scope: 'ip', retryAfterSeconds: ipRetry })
      throw new Refusal('rate_limited', { retryAfter: ipRetry }, { 'retry-after': String(ipRetry) })
    }
    const emailRetry = await overLimit(
      context,
      `rl:${route}:email:${emailHash}`,
      context.limits.email,
    )
    if (emailRetry === null) return true
    emit(context.hooks, 'rateLimited', { step, scope: 'email', retryAfterSeconds: emailRetry })
    return false
  } catch (error) {
    if (error instanceof Refusal) throw error
    context.failed('store_unavailable', step, { error })
    throw new Refusal('store_unavailable')
  }
}
