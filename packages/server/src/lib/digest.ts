import { builtin } from './runtime'

const encoder = new TextEncoder()

/** The part of `node:crypto` used here. */
interface NativeHash {
  createHash(algorithm: 'sha1' | 'sha256'): { update(data: string): { digest(): Uint8Array } }
}

/**
 * The digest of the UTF-8 bytes of `text`: on the calling thread where Node.js offers it (Web
 * Crypto's digest is a thread-pool round trip, whose jitter would blur the timing tests), Web
 * Crypto elsewhere; both give the same bytes.
 */
export async function digest(algorithm: 'SHA-1' | 'SHA-256', text: string): Promise<Uint8Array> {
  const native = builtin<NativeHash>('node:crypto')
  if (native) {
    const name = algorithm === 'SHA-1' ? 'sha1' : 'sha256'
    return new Uint8Array(native.createHash(name).update(text).digest())
  }
  return new Uint8Array(await crypto.subtle.digest(algorithm, encoder.encode(text)))
}

/** Unpadded base64url of `bytes`. */
export function base64url(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=/g, '')
}

/** Lower-case hexadecimal of `bytes`. */
export function hex(bytes: Uint8Array): string {
  let out = ''
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0')
  return out
}
