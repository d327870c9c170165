import { randomBytes, scryptSync } from 'node:crypto'
import { hash as bcryptHash } from '@node-rs/bcrypt'
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_ARGON2_PARAMS,
  hashAlgorithm,
  hashPassword,
  MAX_PASSWORD_LENGTH,
  needsRehash,
  verifyPassword,
} from '../src/hashing/index'

const b64 = (bytes: Buffer): string => bytes.toString('base64').replace(/=+$/, '')

function phcScrypt(password: string, ln: number): string {
  const salt = randomBytes(16)
  const key = scryptSync(password, salt, 32, { N: 2 ** ln, r: 8, p: 1 })
  return `$scrypt$ln=${ln},r=8,p=1$${b64(salt)}$${b64(key)}`
}

function werkzeugScrypt(password: string): string {
  const salt = 'abcdEFGH12345678'
  const key = scryptSync(password, salt, 64, { N: 2 ** 12, r: 8, p: 1 })
  return `scrypt:4096:8:1$${salt}$${key.toString('hex')}`
}

describe('hashPassword / verifyPassword', () => {
  it('hashes with argon2id at the OWASP parameters, in PHC format', async () => {
    const hash = await hashPassword('Motdepasse12!')
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/)
    expect(DEFAULT_ARGON2_PARAMS).toEqual({ memoryCost: 19456, timeCost: 2, parallelism: 1 })
    expect(await verifyPassword('Motdepasse12!', hash)).toBe(true)
    expect(await verifyPassword('Motdepasse12?', hash)).toBe(false)
  })

  it('salts every hash', async () => {
    expect(await hashPassword('same-password')).not.toBe(await hashPassword('same-password'))
  })

  it('verifies NFC and NFD spellings of the same password alike', async () => {
    const hash = await hashPassword('Éléphant12!'.normalize('NFD'))
    expect(await verifyPassword('Éléphant12!'.normalize('NFC'), hash)).toBe(true)
  })

  it('bounds the input length', async () => {
    const long = 'a'.repeat(MAX_PASSWORD_LENGTH + 1)
    await expect(hashPassword(long)).rejects.toMatchObject({ code: 'invalid_input' })
    await expect(verifyPassword(long, '$argon2id$')).rejects.toMatchObject({
      code: 'invalid_input',
    })
    await expect(hashPassword(42 as unknown as string)).rejects.toMatchObject({
      code: 'invalid_input',
    })
  })

  it('verifies legacy bcrypt hashes ($2a$, $2b$, $2y$)', async () => {
    const hash = await bcryptHash('Legacy-pass1', 4)
    expect(hashAlgorithm(hash)).toBe('bcrypt')
    for (const prefix of ['$2a$', '$2b$', '$2y$']) {
      const variant = prefix + hash.slice(4)
      expect(await verifyPassword('Legacy-pass1', variant)).toBe(true)
      expect(await verifyPassword('Legacy-pass2', variant)).toBe(false)
    }
  })

  it('verifies legacy scrypt hashes in PHC and Werkzeug formats', async () => {
    const phc = phcScrypt('Legacy-pass1', 12)
    expect(hashAlgorithm(phc)).toBe('scrypt')
    expect(await verifyPassword('Legacy-pass1', phc)).toBe(true)
    expect(await verifyPassword('legacy-pass1', phc)).toBe(false)
    const werkzeug = werkzeugScrypt('Legacy-pass1')
    expect(hashAlgorithm(werkzeug)).toBe('scrypt')
    expect(await verifyPassword('Legacy-pass1', werkzeug)).toBe(true)
    expect(await verifyPassword('Legacy-pass', werkzeug)).toBe(false)
  })

  it('answers false for values that are no usable hash', async () => {
    for (const value of [
      '',
      '!',
      '*',
      'plaintext',
      '$argon2id$v=19$m=1$broken',
      '$scrypt$ln=40,r=8,p=1$AAAA$BBBB',
    ]) {
      expect(await verifyPassword('anything', value)).toBe(false)
    }
    expect(hashAlgorithm('!')).toBeNull()
  })
})

describe('needsRehash', () => {
  it('is false for a current argon2id hash', async () => {
    expect(needsRehash(await hashPassword('Motdepasse12!'))).toBe(false)
  })

  it('is true for weaker argon2 parameters or another argon2 variant', async () => {
    expect(needsRehash(await hashPassword('x', { memoryCost: 8192 }))).toBe(true)
    expect(needsRehash(await hashPassword('x', { timeCost: 1 }))).toBe(true)
    expect(needsRehash('$argon2i$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$aGFzaGhhc2hoYXNo')).toBe(true)
  })

  it('is true for legacy bcrypt and scrypt hashes', async () => {
    expect(needsRehash(await bcryptHash('x', 4))).toBe(true)
    expect(needsRehash(phcScrypt('x', 10))).toBe(true)
    expect(needsRehash('')).toBe(true)
  })
})
