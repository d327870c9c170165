import { base64url } from './digest'
import { builtin } from './runtime'

const encoder = new TextEncoder()

/** The part of `node:crypto` used here. */
interface NativeCrypto {
  createHmac(
    algorithm: 'sha256',
    key: Uint8Array,
  ): { update(data: string): { digest(): Uint8Array } }
  timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean
}

const nativeCrypto = () => builtin<NativeCrypto>('node:crypto')

/** A keyed HMAC-SHA-256 of UTF-8 text, as base64url: `node:crypto` where offered, Web Crypto elsewhere. */
export type KeyedDigest = (text: string) => Promise<string>

/** Binds an HMAC-SHA-256 key once; the key never leaves the closure. */
export function keyedDigest(key: Uint8Array): KeyedDigest {
  const native = nativeCrypto()
  if (native) {
    const material = new Uint8Array(key)
    return async (text) =>
      base64url(new Uint8Array(native.createHmac('sha256', material).update(text).digest()))
  }
  const imported = crypto.subtle.importKey(
    'raw',
    new Uint8Array(key),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  )
  return async (text) =>
    base64url(
      new Uint8Array(await crypto.subtle.sign('HMAC', await imported, encoder.encode(text))),
    )
}

/** Compares two digests in constant time (`timingSafeEqual` where offered). */
export function sameDigest(a: string, b: string): boolean {
  const left = encoder.encode(a)
  const right = encoder.encode(b)
  if (left.length !== right.length) return false
  const native = nativeCrypto()
  if (native) return native.timingSafeEqual(left, right)
  let diff = 0
  for (let i = 0; i < left.length; i += 1) diff |= left[i]! ^ right[i]!
  return diff === 0
}
