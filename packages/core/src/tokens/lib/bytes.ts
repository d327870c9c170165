import { base64url } from 'jose'

const encoder = new TextEncoder()
const decoder = new TextDecoder('utf-8', { fatal: true })

/** UTF-8 bytes of a string (lone surrogates as U+FFFD). */
export function utf8(value: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(value)
}

/** The string a UTF-8 byte sequence encodes; throws on invalid UTF-8. */
export function fromUtf8(bytes: Uint8Array): string {
  return decoder.decode(bytes)
}

/** Unpadded base64url of bytes. */
export function toBase64url(bytes: Uint8Array): string {
  return base64url.encode(bytes)
}

const BASE64URL = /^[A-Za-z0-9_-]*$/
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

// Unused trailing bits must be zero, or two different strings would decode to the same token.
function isCanonical(value: string): boolean {
  const rest = value.length % 4
  if (rest === 0) return true
  if (rest === 1) return false
  const last = ALPHABET.indexOf(value[value.length - 1] as string)
  return (last & (rest === 2 ? 0b1111 : 0b11)) === 0
}

/** True for an unpadded, canonical base64url string (checked without decoding it). */
export function isBase64url(value: string): boolean {
  return BASE64URL.test(value) && isCanonical(value)
}

/** Length-independent comparison of two strings of the same public length (digests). */
export function constantTimeEqual(a: string, b: string): boolean {
  let diff = a.length ^ b.length
  const length = Math.max(a.length, b.length)
  for (let index = 0; index < length; index++) {
    diff |= (a.charCodeAt(index) | 0) ^ (b.charCodeAt(index) | 0)
  }
  return diff === 0
}
