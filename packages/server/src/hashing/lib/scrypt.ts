import { scrypt, timingSafeEqual } from 'node:crypto'

/** A parsed scrypt hash: cost parameters, salt and expected key. */
export interface ScryptHash {
  readonly n: number
  readonly r: number
  readonly p: number
  readonly salt: Buffer
  readonly key: Buffer
}

// Refuse absurd costs read from a stored hash: they would exhaust memory on every sign-in.
const MAX_LOG_N = 20
const MAX_R = 32
const MAX_P = 16

function decodeBase64(text: string): Buffer | null {
  // PHC uses unpadded standard base64; passlib replaces '+' with '.'.
  if (!/^[A-Za-z0-9+/.]+$/.test(text)) return null
  return Buffer.from(text.replace(/\./g, '+'), 'base64')
}

function bounded(n: number, r: number, p: number): boolean {
  return (
    Number.isInteger(n) &&
    n >= 2 &&
    (n & (n - 1)) === 0 &&
    n <= 2 ** MAX_LOG_N &&
    Number.isInteger(r) &&
    r >= 1 &&
    r <= MAX_R &&
    Number.isInteger(p) &&
    p >= 1 &&
    p <= MAX_P
  )
}

/**
 * Reads `$scrypt$ln=17,r=8,p=1$<salt b64>$<key b64>` (PHC, as passlib writes it) or
 * `scrypt:32768:8:1$<salt>$<key hex>` (Werkzeug, whose salt is used as text). Null otherwise.
 */
export function parseScrypt(encoded: string): ScryptHash | null {
  const phc = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,3}),p=(\d{1,3})\$([^$]+)\$([^$]+)$/.exec(encoded)
  if (phc) {
    const n = 2 ** Number(phc[1])
    const r = Number(phc[2])
    const p = Number(phc[3])
    const salt = decodeBase64(phc[4]!)
    const key = decodeBase64(phc[5]!)
    if (!bounded(n, r, p) || !salt || !key || key.length < 16) return null
    return { n, r, p, salt, key }
  }
  const werkzeug = /^scrypt:(\d{1,8}):(\d{1,3}):(\d{1,3})\$([^$]+)\$([0-9a-f]+)$/.exec(encoded)
  if (werkzeug) {
    const n = Number(werkzeug[1])
    const r = Number(werkzeug[2])
    const p = Number(werkzeug[3])
    const key = Buffer.from(werkzeug[5]!, 'hex')
    if (!bounded(n, r, p) || key.length < 16) return null
    return { n, r, p, salt: Buffer.from(werkzeug[4]!, 'utf8'), key }
  }
  return null
}

/** Derives the key for `password` with the hash's parameters and compares in constant time. */
export function verifyScrypt(hash: ScryptHash, password: string): Promise<boolean> {
  const maxmem = 128 * hash.n * hash.r * 2 + 1024 * 1024
  return new Promise((resolve, reject) => {
    scrypt(
      password,
      hash.salt,
      hash.key.length,
      { N: hash.n, r: hash.r, p: hash.p, maxmem },
      (error, derived) => {
        if (error) reject(error)
        else resolve(timingSafeEqual(derived, hash.key))
      },
    )
  })
}
