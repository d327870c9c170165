import type { IncomingMessage, ServerResponse } from 'node:http'
import type { UsersAdapter as ServerUsersAdapter } from '@sesame/server'

/**
 * The app's accounts, as `@sesame/server` describes them, with Express's `signIn(req, res, user)`:
 * it runs on a fresh session (an express-session session is regenerated first).
 */
export interface UsersAdapter<User> extends Omit<ServerUsersAdapter<User>, 'signIn'> {
  /**
   * Signs the user in after a reset or at `POST /sign-in` (set the session on `req`, or a cookie
   * on `res`); `options.remember` is the sign-in form's "remember me".
   */
  signIn?(
    req: IncomingMessage,
    res: ServerResponse,
    user: User,
    options: { readonly remember: boolean },
  ): void | Promise<void>
}
