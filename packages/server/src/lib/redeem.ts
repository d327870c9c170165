import type { FlowCall, FlowContext } from '../flows/context'
import { emit } from './emit'
import { activateByMailbox } from './mailbox'
import { type OpenedSession, openSession } from './session'

/** A link or a code that was just consumed, and what redeeming it does beside setting the password. */
export interface Redemption {
  readonly userId: string
  readonly tokenId: string
  readonly purpose: string
  /** Whether it proved the mailbox: an account never activated is activated. */
  readonly activates: boolean
  /** Whether the account's sessions are revoked (when `users.revokeSessions` exists). */
  readonly revokesSessions: boolean
}

/**
 * The end of a reset (by link or by code) and of an accepted invitation, once the token is used:
 * the new password, `redeemed`, the activation, the revocation of sessions, `passwordChanged`,
 * then the sign-in (or `second_factor_required`).
 */
export async function setRedeemedPassword<User>(
  context: FlowContext<User>,
  call: FlowCall,
  user: User,
  password: string,
  redemption: Redemption,
): Promise<OpenedSession> {
  const { users, hooks } = context
  const { userId, tokenId, purpose } = redemption
  await users.setPassword(user, password)
  emit(hooks, 'redeemed', { userId, tokenId, purpose })
  if (redemption.activates) await activateByMailbox(context, user, { userId, tokenId, purpose })
  const sessionsRevoked = redemption.revokesSessions && users.revokeSessions !== undefined
  if (sessionsRevoked) await users.revokeSessions!(user)
  emit(hooks, 'passwordChanged', { userId, purpose, sessionsRevoked })
  return openSession(context, call, user)
}
