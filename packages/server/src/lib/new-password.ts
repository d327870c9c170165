import type { PasswordContext } from '@sesame/core'
import type { FlowCall, FlowContext } from '../flows/context'
import type { ResetStep } from '../hooks'
import { checkNewPassword } from '../password-check'
import type { SesameResponse } from '../request'
import { reusedResponse } from './credentials'
import { userEmail } from './user-fields'

/** What `notContextual` compares an account's password with: `users.passwordContext`, else its email. */
export async function accountPasswordContext<User>(
  context: FlowContext<User>,
  user: User,
): Promise<PasswordContext> {
  const { users } = context
  return users.passwordContext
    ? await users.passwordContext(user)
    : { email: userEmail(users, user) }
}

/** The new password of an account, as a flow that sets one reads it. */
export interface AccountPassword {
  /** The new password. */
  readonly password: string
  /** Its confirmation. */
  readonly confirmation: string
  /** The step reported to the `failed` hook. */
  readonly step: ResetStep
  /** The account's id, reported to the `failed` hook. */
  readonly userId: string
  /** Whether the password is the current one or one of the last N; not asked when absent. */
  readonly reused?: ((password: string) => Promise<boolean>) | undefined
}

/**
 * The checks of a new password for an account, in order: the policy and the confirmation (with
 * the account's password context), then the reuse check when the flow has one. Null when the
 * password may be set, else the 422 problem to answer, its failure already reported.
 */
export async function refuseNewPassword<User>(
  context: FlowContext<User>,
  call: FlowCall,
  user: User,
  input: AccountPassword,
): Promise<SesameResponse | null> {
  const refused = await checkNewPassword(context.policy, {
    password: input.password,
    confirmation: input.confirmation,
    context: await accountPasswordContext(context, user),
    locale: call.catalogue,
    check: context.check,
  })
  if (refused !== null) {
    context.failed(refused.code, input.step, { userId: input.userId })
    return refused.response
  }
  if (input.reused && (await input.reused(input.password))) {
    context.failed('password_policy', input.step, { userId: input.userId })
    return reusedResponse(call.catalogue)
  }
  return null
}

/** The reuse check of a reset: against the account's stored hash (and the last N), when credentials are configured. */
export function reusedByAccount<User>(
  context: FlowContext<User>,
  user: User,
): ((password: string) => Promise<boolean>) | undefined {
  const credentials = context.credentials
  return credentials === null
    ? undefined
    : (password) => credentials.reusedByAccount(user, password)
}
