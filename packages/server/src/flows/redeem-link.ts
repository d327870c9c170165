import { MAX_PASSWORD_LENGTH } from '@sesame/core/wire'
import { refuseNewPassword, reusedByAccount } from '../lib/new-password'
import { setRedeemedPassword } from '../lib/redeem'
import { jsonResponse } from '../lib/response'
import { consumeToken } from '../lib/single-use'
import type { SesameResponse } from '../request'
import type { ResetTokens } from '../tokens'
import type { FlowCall, FlowContext } from './context'
import { verifiedToken } from './token'

/** How one route redeems a link for a new password. */
export interface LinkRedemption<Body> {
  readonly step: 'reset-password' | 'accept-invitation'
  /** The issuers whose links the route takes (default: reset and update). */
  readonly verifiers?: readonly ResetTokens[]
  /** Whether the current password (and the last N) is refused. */
  readonly refusesReuse: boolean
  /** Whether a link of this purpose proves the mailbox (and so activates the account). */
  readonly activates: (purpose: string) => boolean
  /** Whether the account's sessions are revoked. */
  readonly revokesSessions: boolean
  /** The 200 body. */
  readonly body: (signedIn: boolean) => Body
}

/**
 * `{ token, password, confirmation }`: the link (bound to the account's state), then the new
 * password's checks (a 422 leaves the link usable), then single use, then the password is set and
 * the account signed in — or `second_factor_required` for an account with a second factor.
 */
export async function redeemLink<User, Body>(
  context: FlowContext<User>,
  call: FlowCall,
  link: LinkRedemption<Body>,
): Promise<SesameResponse> {
  const { step } = link
  const { claims, user } = await verifiedToken(context, call, step, link.verifiers)
  const { password, confirmation } = await call.fields({
    password: { max: MAX_PASSWORD_LENGTH },
    confirmation: { max: MAX_PASSWORD_LENGTH },
  })
  const refused = await refuseNewPassword(context, call, user, {
    password,
    confirmation,
    step,
    userId: claims.subject,
    reused: link.refusesReuse ? reusedByAccount(context, user) : undefined,
  })
  if (refused !== null) return refused
  await consumeToken(context, claims, step)
  const { signedIn, headers } = await setRedeemedPassword(context, call, user, password, {
    userId: claims.subject,
    tokenId: claims.jti,
    purpose: claims.purpose,
    activates: link.activates(claims.purpose),
    revokesSessions: link.revokesSessions,
  })
  return jsonResponse(200, link.body(signedIn), headers.values)
}
