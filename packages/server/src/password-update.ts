import { userId } from './lib/user-fields'
import { type ProblemLocale, problemResponse } from './problems'
import type { SesameResponse } from './request'
import type { ResetTokens } from './tokens'
import type { UsersAdapter } from './users'

/** What {@link passwordUpdateResponse} needs. */
export interface PasswordUpdateOptions<User> {
  /** The app's accounts; `passwordStatus(user)` flags migrated accounts. */
  readonly users: Pick<UsersAdapter<User>, 'id' | 'credentialState' | 'passwordStatus'>
  /** Issues restricted update tokens (purpose `'update'`, short ttl), accepted by `POST /reset-password`. */
  readonly updateTokens: ResetTokens
  /** Where the client should send an account without a usable password. Default `'forgot-password'`. */
  readonly forgotPasswordPath?: string
}

/**
 * For a sign-in whose credentials were checked: the problem the account needs, or null for an
 * ordinary account. `'update_required'` (a migrated account's first sign-in): 403
 * `password_update_required` carrying `updateToken` and `expiresAt`, no session; `'none'`: 403
 * `password_reset_required` pointing to forgot-password.
 */
export async function passwordUpdateResponse<User>(
  options: PasswordUpdateOptions<User>,
  user: User,
  locale: ProblemLocale,
): Promise<SesameResponse | null> {
  const { users, updateTokens } = options
  const status = users.passwordStatus ? await users.passwordStatus(user) : 'ok'
  if (status === 'ok') return null
  if (status === 'none') {
    return problemResponse('password_reset_required', locale, {
      forgotPassword: options.forgotPasswordPath ?? 'forgot-password',
    })
  }
  const subject = userId(users, user)
  const issued = await updateTokens.issue({ subject, state: await users.credentialState(user) })
  return problemResponse('password_update_required', locale, {
    updateToken: issued.token,
    expiresAt: issued.expiresAt.toISOString(),
  })
}
