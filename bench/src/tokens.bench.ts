// Reset tokens: @sesame/core/tokens (built dist) against raw jose with imported CryptoKeys and
// jsonwebtoken with a KeyObject secret. Same claims everywhere; Sesame also digests the state.
import { createSecretKey, randomBytes } from 'node:crypto'
import { createResetTokens } from '@sesame/core/tokens'
import { base64url, type CryptoKey, generateKeyPair, jwtVerify, SignJWT } from 'jose'
import jwt from 'jsonwebtoken'
import { bench, describe } from 'vitest'

const SECRET = randomBytes(32)
const ISSUER = 'https://portal.example'
const AUDIENCE = 'password-reset'
const TYP = 'sesame-reset+jwt'
const STATE =
  '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$7b0C8zGJm6jD3i2mB5m3mQ1u0bqkqVjW2c4oY8m9y3k'
const IN_FLIGHT = 32
const options = { time: 400, warmupTime: 100 }

const hmacKey = (await crypto.subtle.importKey(
  'raw',
  SECRET,
  { name: 'HMAC', hash: 'SHA-256' },
  false,
  ['sign', 'verify'],
)) as CryptoKey
const ed = await generateKeyPair('EdDSA')
const keyObject = createSecretKey(SECRET)

const sesameHs = createResetTokens({
  keys: [{ kid: 'k1', secret: new Uint8Array(SECRET) }],
  ttl: '30m',
  issuer: ISSUER,
  audience: AUDIENCE,
})
const sesameEd = createResetTokens({
  keys: [{ kid: 'e1', privateKey: ed.privateKey, publicKey: ed.publicKey }],
  stateKey: new Uint8Array(SECRET),
  ttl: '30m',
  issuer: ISSUER,
  audience: AUDIENCE,
})

const jti = () => base64url.encode(crypto.getRandomValues(new Uint8Array(16)))

function joseIssue(alg: 'HS256' | 'EdDSA', key: CryptoKey, kid: string) {
  return new SignJWT({ pur: 'reset' })
    .setProtectedHeader({ alg, typ: TYP, kid })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setSubject('user-42')
    .setJti(jti())
    .setIssuedAt()
    .setExpirationTime('30m')
    .sign(key)
}

function joseVerify(token: string, alg: 'HS256' | 'EdDSA', key: CryptoKey) {
  return jwtVerify(token, key, { algorithms: [alg], issuer: ISSUER, audience: AUDIENCE, typ: TYP })
}

function jsonwebtokenIssue() {
  return jwt.sign({ pur: 'reset' }, keyObject, {
    algorithm: 'HS256',
    header: { alg: 'HS256', typ: TYP, kid: 'k1' },
    issuer: ISSUER,
    audience: AUDIENCE,
    subject: 'user-42',
    jwtid: jti(),
    expiresIn: '30m',
  })
}

function jsonwebtokenVerify(token: string) {
  return jwt.verify(token, keyObject, { algorithms: ['HS256'], issuer: ISSUER, audience: AUDIENCE })
}

const sesameHsToken = (await sesameHs.issue({ subject: 'user-42', state: STATE })).token
const sesameEdToken = (await sesameEd.issue({ subject: 'user-42', state: STATE })).token
const joseHsToken = await joseIssue('HS256', hmacKey, 'k1')
const joseEdToken = await joseIssue('EdDSA', ed.privateKey, 'e1')
const jsonwebtokenToken = jsonwebtokenIssue()

function inFlight(run: () => unknown): () => Promise<void> {
  return async () => {
    await Promise.all(Array.from({ length: IN_FLIGHT }, run))
  }
}

// The machine's speed drifts: every group runs ROUNDS times, in turn with the others, and
// run.mjs keeps each contender's fastest round.
const ROUNDS = 3
for (let round = 1; round <= ROUNDS; round++) {
  describe(`HS256 issue, one at a time [round ${round}]`, () => {
    bench('sesame', () => sesameHs.issue({ subject: 'user-42', state: STATE }).then(), options)
    bench('jose (CryptoKey)', () => joseIssue('HS256', hmacKey, 'k1').then(), options)
    bench('jsonwebtoken (KeyObject)', () => void jsonwebtokenIssue(), options)
  })

  describe(`HS256 issue, ${IN_FLIGHT} in flight [round ${round}]`, () => {
    bench(
      'sesame',
      inFlight(() => sesameHs.issue({ subject: 'user-42', state: STATE })),
      options,
    )
    bench(
      'jose (CryptoKey)',
      inFlight(() => joseIssue('HS256', hmacKey, 'k1')),
      options,
    )
    bench('jsonwebtoken (KeyObject)', inFlight(jsonwebtokenIssue), options)
  })

  describe(`HS256 verify, one at a time [round ${round}]`, () => {
    bench('sesame', () => sesameHs.verify(sesameHsToken, { state: STATE }).then(), options)
    bench('jose (CryptoKey)', () => joseVerify(joseHsToken, 'HS256', hmacKey).then(), options)
    bench('jsonwebtoken (KeyObject)', () => void jsonwebtokenVerify(jsonwebtokenToken), options)
  })

  describe(`HS256 verify, ${IN_FLIGHT} in flight [round ${round}]`, () => {
    bench(
      'sesame',
      inFlight(() => sesameHs.verify(sesameHsToken, { state: STATE })),
      options,
    )
    bench(
      'jose (CryptoKey)',
      inFlight(() => joseVerify(joseHsToken, 'HS256', hmacKey)),
      options,
    )
    bench(
      'jsonwebtoken (KeyObject)',
      inFlight(() => jsonwebtokenVerify(jsonwebtokenToken)),
      options,
    )
  })

  // jsonwebtoken 9 has no EdDSA.
  describe(`EdDSA issue, one at a time [round ${round}]`, () => {
    bench('sesame', () => sesameEd.issue({ subject: 'user-42', state: STATE }).then(), options)
    bench('jose (CryptoKey)', () => joseIssue('EdDSA', ed.privateKey, 'e1').then(), options)
  })

  describe(`EdDSA issue, ${IN_FLIGHT} in flight [round ${round}]`, () => {
    bench(
      'sesame',
      inFlight(() => sesameEd.issue({ subject: 'user-42', state: STATE })),
      options,
    )
    bench(
      'jose (CryptoKey)',
      inFlight(() => joseIssue('EdDSA', ed.privateKey, 'e1')),
      options,
    )
  })

  describe(`EdDSA verify, one at a time [round ${round}]`, () => {
    bench('sesame', () => sesameEd.verify(sesameEdToken, { state: STATE }).then(), options)
    bench('jose (CryptoKey)', () => joseVerify(joseEdToken, 'EdDSA', ed.publicKey).then(), options)
  })

  describe(`EdDSA verify, ${IN_FLIGHT} in flight [round ${round}]`, () => {
    bench(
      'sesame',
      inFlight(() => sesameEd.verify(sesameEdToken, { state: STATE })),
      options,
    )
    bench(
      'jose (CryptoKey)',
      inFlight(() => joseVerify(joseEdToken, 'EdDSA', ed.publicKey)),
      options,
    )
  })
}
