import type { IncomingMessage, ServerResponse } from 'node:http'
import { type PasswordUpdateOptions, passwordUpdateResponse } from '@sesame/server'
import { nodeRequestCatalogue, writeNodeResponse } from '@sesame/server/node'

/** Options of {@link requirePasswordUpdate}: the accounts and the update-token issuer. */
export type RequirePasswordUpdateOptions<User> = PasswordUpdateOptions<User>

/**
 * For the app's own sign-in route, after the credentials were checked: answers the problem the
 * account needs (`password_update_required` with an update token, or `password_reset_required`)
 * and resolves `true` when it did (the route must then stop), `false` otherwise.
 */
export function requirePasswordUpdate<User>(
  options: RequirePasswordUpdateOptions<User>,
): (req: IncomingMessage, res: ServerResponse, user: User) => Promise<boolean> {
  return async (req, res, user) => {
    const response = await passwordUpdateResponse(options, user, nodeRequestCatalogue(req))
    if (response === null) return false
    writeNodeResponse(res, response)
    return true
  }
}
