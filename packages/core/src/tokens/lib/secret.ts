import { hkdf } from '@noble/hashes/hkdf.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { ConfigError } from '../../errors'
import { utf8 } from './bytes'
import { HKDF_SALT, MIN_SECRET_BYTES } from './constants'

/** A private copy of the secret's bytes; throws ConfigError when it is not at least 32 bytes. */
export function secretBytes(secret: unknown, name: string): Uint8Array<ArrayBuffer> {
  let bytes: Uint8Array<ArrayBuffer>
  if (typeof secret === 'string') bytes = utf8(secret)
  else if (secret instanceof Uint8Array) bytes = new Uint8Array(secret)
  else throw new ConfigError(`${name} must be a string or a Uint8Array.`)
  if (bytes.length < MIN_SECRET_BYTES) {
    throw new ConfigError(`${name} must be at least ${MIN_SECRET_BYTES} bytes long.`)
  }
  return bytes
}

/**
 * A 32-byte key derived from `material` for one use (HKDF-SHA-256, RFC 5869), so that one secret
 * never serves two purposes. Synchronous, so that a bad configuration still fails at creation.
 */
export function deriveKey(material: Uint8Array, info: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(hkdf(sha256, material, utf8(HKDF_SALT), utf8(info), 32))
}
