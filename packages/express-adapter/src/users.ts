import type { IncomingMessage, ServerResponse } from 'node:http'
import type { UsersAdapter as ServerUsersAdapter } from '@sesame/server'

/**
 * The app's accounts, as `@sesame/server` describes them, with Express's `signIn(req, res, user)`:
 * it runs on a fresh session (an express-session session is regenerated first).
 */
export interface UsersAdapter<User> extends Omit<ServerUsersAdapter<User>, 'signIn'> {
  /** Signs the user in after a reset (set the session on `req`, or a cookie on `res`). */
  signIn?(req: IncomingMessage, res: ServerResponse, user: User): void | Promise<void>
}
