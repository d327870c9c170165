import { claimsOf, isTokenPayload } from './lib/claims'
import { decodeCompact } from './lib/compact'
import { TOKEN_TYPE } from './lib/constants'
import type { PeekedResetToken } from './types'

/**
 * Reads a reset token's claims WITHOUT checking its signature, expiry or state, e.g. to greet the
 * user in their locale or say "this link has expired" before they type. Never use it to grant access.
 * Needs no key; `null` for anything that is not a signed reset token (encrypted ones included).
 * Never throws.
 */
export function peekResetToken(token: unknown): PeekedResetToken | null {
  const decoded = decodeCompact(token)
  if (decoded?.kind !== 'jws') return null
  const { header, payload } = decoded
  if (header.typ !== TOKEN_TYPE || typeof header.kid !== 'string') return null
  return isTokenPayload(payload) ? claimsOf(payload, header.kid) : null
}
