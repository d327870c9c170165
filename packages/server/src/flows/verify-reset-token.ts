import type { VerifyResetTokenResponse } from '@sesame/core/wire'
import { emit } from '../lib/emit'
import { jsonResponse } from '../lib/response'
import type { FlowFactory } from './context'
import { verifiedToken } from './token'

/**
 * `POST /reset-password/verify` `{ token }`: whether a link is usable, until when, and its purpose
 * (`reset`, `update`, `activate`, `invite`: which screen the page shows); never consumes it.
 */
export const verifyResetTokenFlow: FlowFactory = (context) => async (call) => {
  const { claims } = await verifiedToken(context, call, 'verify', context.linkVerifiers)
  emit(context.hooks, 'verified', {
    userId: claims.subject,
    tokenId: claims.jti,
    purpose: claims.purpose,
    expiresAt: claims.expiresAt,
  })
  const body: VerifyResetTokenResponse = {
    usable: true,
    purpose: claims.purpose,
    expiresAt: claims.expiresAt.toISOString(),
  }
  return jsonResponse(200, body)
}
