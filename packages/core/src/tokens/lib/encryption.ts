import { CompactEncrypt, type CryptoKey, compactDecrypt } from 'jose'
import { hasExactKeys } from '../../lib/record'
import { fromUtf8, utf8 } from './bytes'

/** Wraps a signed token in a compact JWE and back. */
export interface Encryption {
  encrypt(jwt: string): Promise<string>
  /** The inner token; throws (a jose error) when the JWE does not decrypt. */
  decrypt(jwe: string): Promise<string>
  /** True for the only JWE header we produce. */
  acceptsHeader(header: Readonly<Record<string, unknown>>): boolean
}

const HEADER = { alg: 'dir', enc: 'A256GCM', cty: 'JWT' } as const

/** `dir` + `A256GCM` under a 32-byte key, imported once on first use. */
export function encryption(key: Uint8Array<ArrayBuffer>): Encryption {
  let imported: Promise<CryptoKey> | undefined
  const cryptoKey = () => {
    imported ??= crypto.subtle.importKey('raw', key, 'AES-GCM', false, [
      'encrypt',
      'decrypt',
    ]) as Promise<CryptoKey>
    return imported
  }
  return {
    async encrypt(jwt) {
      return new CompactEncrypt(utf8(jwt)).setProtectedHeader(HEADER).encrypt(await cryptoKey())
    },
    async decrypt(jwe) {
      const { plaintext } = await compactDecrypt(jwe, await cryptoKey(), {
        keyManagementAlgorithms: ['dir'],
        contentEncryptionAlgorithms: ['A256GCM'],
      })
      return fromUtf8(plaintext)
    },
    acceptsHeader(header) {
      return (
        hasExactKeys(header, ['alg', 'enc', 'cty']) &&
        header.alg === HEADER.alg &&
        header.enc === HEADER.enc &&
        header.cty === HEADER.cty
      )
    },
  }
}
