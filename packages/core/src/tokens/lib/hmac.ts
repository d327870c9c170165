import { absorbBlock, finish, initialState, sha256 } from './sha256'

const BLOCK = 64

function keyBlock(key: Uint8Array, byte: number): Uint8Array {
  const block = new Uint8Array(BLOCK)
  block.set(key.length > BLOCK ? sha256(key) : key)
  for (let index = 0; index < BLOCK; index++) block[index] = (block[index] as number) ^ byte
  return block
}

/**
 * HMAC-SHA-256 (RFC 2104) with both key blocks absorbed once. Synchronous on purpose: a Web
 * Crypto call costs as much as the token's signature itself.
 */
export function hmacSha256(key: Uint8Array): (message: Uint8Array) => Uint8Array<ArrayBuffer> {
  const inner = initialState()
  absorbBlock(inner, keyBlock(key, 0x36))
  const outer = initialState()
  absorbBlock(outer, keyBlock(key, 0x5c))
  const state = new Int32Array(8)
  const innerDigest = new Uint8Array(32)
  return (message) => {
    state.set(inner)
    finish(state, BLOCK, message, innerDigest)
    state.set(outer)
    return finish(state, BLOCK, innerDigest)
  }
}
