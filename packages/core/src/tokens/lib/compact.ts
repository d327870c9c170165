import { fromBase64url, fromUtf8, isBase64url } from './bytes'
import { MAX_TOKEN_LENGTH } from './constants'

/** A compact JWS split into its parts, header decoded; nothing in it is trusted yet. */
export interface ParsedJws {
  readonly kind: 'jws'
  readonly header: Readonly<Record<string, unknown>>
  /** Still encoded: verification decodes the payload once, from the bytes jose returns. */
  readonly payload: string
}

/** A compact JWE, header decoded. */
export interface ParsedJwe {
  readonly kind: 'jwe'
  readonly header: Readonly<Record<string, unknown>>
}

/** A token split into its parts; nothing in it is trusted yet. */
export type ParsedToken = ParsedJws | ParsedJwe

/**
 * Splits a compact JWS or JWE, checks that every part is canonical base64url and decodes its
 * header; `undefined` when it is not one.
 */
export function parseCompact(token: unknown): ParsedToken | undefined {
  if (typeof token !== 'string' || token.length === 0 || token.length > MAX_TOKEN_LENGTH) {
    return undefined
  }
  const parts = token.split('.')
  if (parts.length === 5) {
    const header = decodeJson(parts[0] as string)
    const canonical = parts.every(isBase64url)
    return header && canonical ? { kind: 'jwe', header } : undefined
  }
  if (parts.length !== 3) return undefined
  const header = decodeJson(parts[0] as string)
  const payload = parts[1] as string
  if (
    !header ||
    payload.length === 0 ||
    !isBase64url(payload) ||
    !isBase64url(parts[2] as string)
  ) {
    return undefined
  }
  return { kind: 'jws', header, payload }
}

/** The JSON object a base64url segment encodes, or `undefined`. */
export function decodeJson(segment: string): Record<string, unknown> | undefined {
  const bytes = fromBase64url(segment)
  return bytes ? parseJsonObject(bytes) : undefined
}

/** The JSON object UTF-8 bytes encode, or `undefined`. */
export function parseJsonObject(bytes: Uint8Array): Record<string, unknown> | undefined {
  if (bytes.length === 0) return undefined
  try {
    const value: unknown = JSON.parse(fromUtf8(bytes))
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}

/** True when the header holds exactly these parameters and no other (no `crit`, `b64`, `jku`...). */
export function hasOnlyKeys(header: Readonly<Record<string, unknown>>, keys: readonly string[]) {
  const own = Object.keys(header)
  return own.length === keys.length && keys.every((key) => Object.hasOwn(header, key))
}
