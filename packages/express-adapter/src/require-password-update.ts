import type { IncomingMessage, ServerResponse } from 'node:http'
import { userId } from './lib/user-fields'
import { sendProblem } from './problem'
import type { ResetTokens } from './tokens'
import type { UsersAdapter } from './users'

/** Options of {@link requirePasswordUpdate}. */
export interface RequirePasswordUpdateOptions<User> {
  /** The app's accounts; `passwordStatus(user)` flags migrated accounts. */
  users: UsersAdapter<User>
  /** Issues restricted update tokens (purpose `'update'`, short ttl), accepted by `POST /reset-password`. */
  updateTokens: ResetTokens
  /** Where the client should send an account without a usable password. Default `'forgot-password'`. */
  forgotPasswordPath?: string
}

/**
 * For the app's own sign-in route, after the credentials were checked: answers the problem the
 * account needs, and resolves `true` when it did (the route must then stop), `false` otherwise.
 *
 * - `passwordStatus(user) === 'update_required'` (a migrated account's first sign-in): 403
 *   `password_update_required` carrying `updateToken` and `expiresAt`, to send with the new
 *   password to `POST /reset-password`; no session is created.
 * - `'none'` (no usable password): 403 `password_reset_required` pointing to forgot-password.
 */
export function requirePasswordUpdate<User>(
  options: RequirePasswordUpdateOptions<User>,
): (req: IncomingMessage, res: ServerResponse, user: User) => Promise<boolean> {
  const { users, updateTokens } = options
  return async (req, res, user) => {
    const status = users.passwordStatus ? await users.passwordStatus(user) : 'ok'
    if (status === 'ok') return false
    if (status === 'none') {
      sendProblem(req, res, 'password_reset_required', {
        forgotPassword: options.forgotPasswordPath ?? 'forgot-password',
      })
      return true
    }
    const subject = userId(users, user)
    const issued = await updateTokens.issue({ subject, state: await users.credentialState(user) })
    sendProblem(req, res, 'password_update_required', {
      updateToken: issued.token,
      expiresAt: issued.expiresAt.toISOString(),
    })
    return true
  }
}
