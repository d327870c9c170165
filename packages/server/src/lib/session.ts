import type { FlowCall, FlowContext } from '../flows/context'
import type { ResponseHeaders } from '../request'
import { Refusal } from './refusal'
import { responseHeaders } from './response'

/** The outcome of {@link openSession}: whether a session was opened, and the headers it set. */
export interface OpenedSession {
  readonly signedIn: boolean
  readonly headers: ResponseHeaders & { readonly values: Record<string, string | string[]> }
}

/**
 * The last step of a reset, an activation or an accepted invitation: an account with a second
 * factor gets `second_factor_required` (with the adapter's descriptor) and no session, whatever
 * `signIn` says; any other account is signed in through `users.signIn` when the app allows it.
 */
export async function openSession<User>(
  context: FlowContext<User>,
  call: FlowCall,
  user: User,
): Promise<OpenedSession> {
  const { users, options } = context
  const secondFactor = users.secondFactor ? await users.secondFactor(user) : null
  if (secondFactor != null) throw new Refusal('second_factor_required', { secondFactor })
  const headers = responseHeaders()
  const signedIn = (options.signIn ?? true) && users.signIn !== undefined
  if (signedIn) await users.signIn!(user, { request: call.request, headers })
  return { signedIn, headers }
}
