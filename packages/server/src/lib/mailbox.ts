import type { FlowContext } from '../flows/context'
import { emit } from './emit'

/**
 * A completed reset (by link or by code) or an accepted invitation proves that the person reads
 * the account's mailbox, as an activation link does: an account not yet activated
 * (`users.isActivated`, when given) is activated through `users.activate`, and `activated` is
 * emitted with the link's token id and purpose.
 */
export async function activateByMailbox<User>(
  context: FlowContext<User>,
  user: User,
  event: { readonly userId: string; readonly tokenId: string; readonly purpose: string },
): Promise<void> {
  const { users, hooks } = context
  if (typeof users.activate !== 'function') return
  if (users.isActivated && (await users.isActivated(user))) return
  await users.activate(user)
  emit(hooks, 'activated', event)
}
