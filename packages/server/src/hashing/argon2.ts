import { hash as argon2Hash, verify as argon2Verify, parseOptions } from '@node-rs/argon2'
import { verify as bcryptVerify } from '@node-rs/bcrypt'
import { InputError } from '@sesame/core'
import { MAX_PASSWORD_LENGTH } from '@sesame/core/wire'
import { parseScrypt, verifyScrypt } from './lib/scrypt'

/** argon2id cost parameters (memory in KiB). */
export interface Argon2Params {
  /** Memory in KiB. OWASP's minimum for argon2id: 19 456 (19 MiB). */
  readonly memoryCost: number
  /** Passes over memory. OWASP: 2. */
  readonly timeCost: number
  /** Lanes. OWASP: 1. */
  readonly parallelism: number
}

/** The parameters {@link hashPassword} uses by default: OWASP's argon2id recommendation (m=19 MiB, t=2, p=1). */
export const DEFAULT_ARGON2_PARAMS: Argon2Params = Object.freeze({
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
})

// argon2id = 2 and version 0x13 = 1 in @node-rs/argon2's const enums (not importable with isolatedModules).
const ARGON2ID = 2
const VERSION_0X13 = 1

function checkInput(password: unknown): string {
  if (typeof password !== 'string') throw new InputError('password must be a string')
  if (password.length > MAX_PASSWORD_LENGTH) {
    throw new InputError(`password must be at most ${MAX_PASSWORD_LENGTH} characters`)
  }
  return password
}

/**
 * Hashes a password with argon2id into a PHC string (`$argon2id$v=19$m=19456,t=2,p=1$…`).
 * The password is NFC-normalised first, so the same characters typed on any system verify.
 */
export async function hashPassword(
  password: string,
  params: Partial<Argon2Params> = {},
): Promise<string> {
  const { memoryCost, timeCost, parallelism } = { ...DEFAULT_ARGON2_PARAMS, ...params }
  return argon2Hash(checkInput(password).normalize('NFC'), {
    algorithm: ARGON2ID,
    version: VERSION_0X13,
    memoryCost,
    timeCost,
    parallelism,
  })
}

/** Which algorithm produced a stored hash, or null for a value that is no usable password hash. */
export type HashAlgorithm = 'argon2id' | 'argon2i' | 'argon2d' | 'scrypt' | 'bcrypt'

/** Recognises the algorithm of a stored hash, or null (no usable password: `''`, `'!'`, unknown). */
export function hashAlgorithm(encoded: string): HashAlgorithm | null {
  if (typeof encoded !== 'string') return null
  const argon = /^\$(argon2(?:id|i|d))\$/.exec(encoded)
  if (argon) return argon[1] as HashAlgorithm
  if (/^\$2[aby]\$\d{2}\$[./A-Za-z0-9]{53}$/.test(encoded)) return 'bcrypt'
  if (parseScrypt(encoded)) return 'scrypt'
  return null
}

async function verifyWith(
  algorithm: HashAlgorithm,
  encoded: string,
  password: string,
): Promise<boolean> {
  if (algorithm === 'bcrypt') return bcryptVerify(password, encoded)
  if (algorithm === 'scrypt') {
    const parsed = parseScrypt(encoded)
    return parsed ? verifyScrypt(parsed, password) : false
  }
  return argon2Verify(encoded, password)
}

/**
 * Checks a password against a stored hash: argon2 (PHC), scrypt (PHC `$scrypt$ln=…,r=…,p=…$salt$key`
 * or Werkzeug `scrypt:N:r:p$salt$hexkey`) and bcrypt (`$2a$`, `$2b$`, `$2y$`). Resolves false for a
 * wrong password and for a value that is no usable hash; comparisons are constant-time.
 */
export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  const input = checkInput(password)
  const algorithm = hashAlgorithm(encoded)
  if (algorithm === null) return false
  const normalized = input.normalize('NFC')
  try {
    if (await verifyWith(algorithm, encoded, normalized)) return true
    // Legacy hashes were made from the raw input, which may not be NFC.
    return normalized !== input && algorithm !== 'argon2id'
      ? await verifyWith(algorithm, encoded, input)
      : false
  } catch {
    // A corrupt stored hash is no usable password, not a server error.
    return false
  }
}

/**
 * True when a stored hash should be replaced by {@link hashPassword}'s at the next successful
 * sign-in: any algorithm other than argon2id, an older argon2 version, or weaker parameters.
 */
export function needsRehash(encoded: string, params: Partial<Argon2Params> = {}): boolean {
  if (hashAlgorithm(encoded) !== 'argon2id') return true
  const target = { ...DEFAULT_ARGON2_PARAMS, ...params }
  try {
    const current = parseOptions(encoded)
    return (
      current.version !== VERSION_0X13 ||
      current.memoryCost < target.memoryCost ||
      current.timeCost < target.timeCost ||
      current.parallelism !== target.parallelism
    )
  } catch {
    return true
  }
}

/** Hashes new passwords and verifies stored ones: inject another where native modules cannot run. */
export interface Hasher {
  /** Hashes a new password. */
  hash(password: string): Promise<string>
  /** Checks a password against a stored hash; false for a wrong password or no usable hash. */
  verify(password: string, encoded: string): Promise<boolean>
  /** True when a stored hash should be replaced at the next successful sign-in. */
  needsRehash(encoded: string): boolean
}

/** The {@link Hasher} of this module: argon2id with `params`, legacy bcrypt and scrypt verified. */
export function argon2Hasher(params: Partial<Argon2Params> = {}): Hasher {
  return {
    hash: (password) => hashPassword(password, params),
    verify: verifyPassword,
    needsRehash: (encoded) => needsRehash(encoded, params),
  }
}
