import { ConfigError } from '../../errors'
import { utf8 } from './bytes'
import { HKDF_SALT, MIN_SECRET_BYTES } from './constants'
import { hmacSha256 } from './hmac'

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
 * A 32-byte key derived from `material` for one use (HKDF-SHA-256, RFC 5869, one output block),
 * so that one secret never serves two purposes.
 */
export function deriveKey(material: Uint8Array, info: string): Uint8Array<ArrayBuffer> {
  const pseudoRandomKey = hmacSha256(utf8(HKDF_SALT))(material)
  const infoBytes = utf8(info)
  const block = new Uint8Array(infoBytes.length + 1)
  block.set(infoBytes)
  block[infoBytes.length] = 1
  return hmacSha256(pseudoRandomKey)(block)
}
