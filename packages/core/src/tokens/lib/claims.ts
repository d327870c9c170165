import type { ResetTokenClaims } from '../types'

/** The JWT payload of a reset token, as issued. */
export interface TokenPayload {
  readonly iss: string
  readonly aud: string
  readonly sub: string
  readonly jti: string
  readonly iat: number
  readonly exp: number
  /** Purpose. */
  readonly pur: string
  /** Keyed digest of the credential state. */
  readonly sdg: string
  /** Locale. */
  readonly loc?: string
}

const JTI = /^[A-Za-z0-9_-]{22,128}$/
const DIGEST = /^[A-Za-z0-9_-]{43}$/

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
}

/** True when every claim a reset token requires is present and well typed. */
export function isTokenPayload(
  value: Readonly<Record<string, unknown>>,
): value is Readonly<Record<string, unknown>> & TokenPayload {
  return (
    typeof value.iss === 'string' &&
    typeof value.aud === 'string' &&
    typeof value.sub === 'string' &&
    value.sub.length > 0 &&
    typeof value.jti === 'string' &&
    JTI.test(value.jti) &&
    isTime(value.iat) &&
    isTime(value.exp) &&
    value.exp > value.iat &&
    typeof value.pur === 'string' &&
    typeof value.sdg === 'string' &&
    DIGEST.test(value.sdg) &&
    (value.loc === undefined || typeof value.loc === 'string')
  )
}

/** The public view of a payload. */
export function claimsOf(payload: TokenPayload, keyId: string): ResetTokenClaims {
  return {
    subject: payload.sub,
    jti: payload.jti,
    purpose: payload.pur,
    issuedAt: new Date(payload.iat * 1000),
    expiresAt: new Date(payload.exp * 1000),
    keyId,
    ...(payload.loc === undefined ? {} : { locale: payload.loc }),
  }
}
