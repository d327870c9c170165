import { decodeJwt, decodeProtectedHeader } from 'jose'
import { isBase64url } from './bytes'
import { MAX_TOKEN_LENGTH } from './constants'

/** A compact JWS (header and payload decoded) or JWE (header decoded); nothing in it is trusted yet. */
export type DecodedToken =
  | {
      readonly kind: 'jws'
      readonly header: Readonly<Record<string, unknown>>
      readonly payload: Readonly<Record<string, unknown>>
    }
  | { readonly kind: 'jwe'; readonly header: Readonly<Record<string, unknown>> }

/**
 * Decodes a compact JWS or JWE with jose, once every part is known to be canonical base64url
 * (jose's decoder accepts two spellings of the same bytes); `undefined` when it is neither.
 */
export function decodeCompact(token: unknown): DecodedToken | undefined {
  if (typeof token !== 'string' || token.length === 0 || token.length > MAX_TOKEN_LENGTH) {
    return undefined
  }
  const parts = token.split('.')
  if ((parts.length !== 3 && parts.length !== 5) || !parts.every(isBase64url)) return undefined
  try {
    const header: Readonly<Record<string, unknown>> = decodeProtectedHeader(token)
    if (parts.length === 5) return { kind: 'jwe', header }
    return { kind: 'jws', header, payload: decodeJwt(token) }
  } catch {
    return undefined
  }
}
