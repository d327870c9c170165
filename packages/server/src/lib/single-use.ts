import type { FlowContext } from '../flows/context'
import type { ResetStep } from '../hooks'
import type { VerifiedClaims } from '../tokens'
import { Refusal } from './refusal'

// A consumed token is remembered a little past its expiry, for clocks that disagree.
export const CLOCK_TOLERANCE_SECONDS = 60

/** Uses a verified token once in the store: `token_used` for any second caller, 503 when the store fails. */
export async function consumeToken<User>(
  context: FlowContext<User>,
  claims: VerifiedClaims,
  step: ResetStep,
): Promise<void> {
  const ttl = Math.max(
    1,
    Math.ceil((claims.expiresAt.getTime() - Date.now()) / 1000) + CLOCK_TOLERANCE_SECONDS,
  )
  let first: boolean
  try {
    first = await context.store.consume(`used:${claims.jti}`, ttl)
  } catch (error) {
    context.failed('store_unavailable', step, { userId: claims.subject, error })
    throw new Refusal('store_unavailable')
  }
  if (!first) {
    context.failed('token_used', step, { userId: claims.subject })
    throw new Refusal('token_used')
  }
}
