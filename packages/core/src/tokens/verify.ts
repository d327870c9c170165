import { compactVerify } from 'jose'
import { InputError, isSesameError, ResetTokenError, type ResetTokenErrorCode } from '../errors'
import { isBase64url } from './lib/bytes'
import { claimsOf, isTokenPayload } from './lib/claims'
import { decodeJson, hasOnlyKeys, parseCompact, parseJsonObject } from './lib/compact'
import type { TokensConfig } from './lib/config'
import { MAX_TOKEN_LENGTH, MAX_TTL, TOKEN_TYPE } from './lib/constants'
import type { Encryption } from './lib/encryption'
import type { KeyEntry } from './lib/keys'
import { stateMatches } from './lib/state-digest'
import type { ResetTokenClaims, VerifyResetTokenOptions } from './types'

const MESSAGES: Readonly<Record<ResetTokenErrorCode, string>> = {
  malformed: 'The reset token is not a well-formed token.',
  invalid: 'The reset token is not valid.',
  expired: 'The reset token has expired.',
  stale: 'The reset token is no longer valid: the password has changed since it was issued.',
  wrong_purpose: 'The reset token was issued for another purpose.',
}

function fail(code: ResetTokenErrorCode, cause?: unknown): never {
  throw new ResetTokenError(code, MESSAGES[code], cause === undefined ? undefined : { cause })
}

const REFUSED = new Error('refused header')

// Only the header parameters we write, with the one algorithm pinned to the kid: HS256 never reaches an EdDSA key.
function acceptedKey(config: TokensConfig, protectedHeader: object): KeyEntry {
  const header = protectedHeader as Readonly<Record<string, unknown>>
  const entry = typeof header.kid === 'string' ? config.verifiers.get(header.kid) : undefined
  if (
    !entry ||
    header.alg !== entry.alg ||
    header.typ !== TOKEN_TYPE ||
    !hasOnlyKeys(header, ['alg', 'typ', 'kid'])
  ) {
    throw REFUSED
  }
  return entry
}

// A refused token whose parts do not even decode is malformed, whatever else is wrong with it.
function classify(jws: string, cause: unknown): never {
  const parsed = parseCompact(jws)
  if (parsed?.kind === 'jwe') fail('invalid', cause)
  fail(parsed && decodeJson(parsed.payload) ? 'invalid' : 'malformed', cause)
}

// The cheap checks jose does not do: size, and a canonical signature (two spellings of one token would dodge a store keyed on it).
function signed(token: unknown): string {
  if (typeof token !== 'string' || token.length === 0 || token.length > MAX_TOKEN_LENGTH) {
    fail('malformed')
  }
  const dot = token.lastIndexOf('.')
  if (dot === -1 || !isBase64url(token.slice(dot + 1))) fail('malformed')
  return token
}

/** The `verify` method of a {@link ResetTokens} instance. */
export function verifier(
  config: TokensConfig,
): (token: unknown, options: VerifyResetTokenOptions) => Promise<ResetTokenClaims> {
  return async (token, options) => {
    const resolve = options?.state
    if (typeof resolve !== 'string' && typeof resolve !== 'function') {
      throw new InputError('verify needs { state }: a string or a function of the subject.')
    }
    const jws = config.encryption ? await unwrap(config.encryption, token) : signed(token)
    let entry: KeyEntry | undefined
    let bytes: Uint8Array
    try {
      // jose decodes the header once and hands it here; the key is chosen, and its algorithm pinned, per kid.
      const result = await compactVerify(
        jws,
        (header) => {
          entry = acceptedKey(config, header)
          return entry.verifyingKey()
        },
        { algorithms: config.algorithms },
      )
      bytes = result.payload
    } catch (error) {
      if (isSesameError(error, 'invalid_config')) throw error
      classify(jws, error === REFUSED ? undefined : error)
    }
    if (!entry) fail('invalid')
    const payload = parseJsonObject(bytes)
    if (!payload) fail('malformed')
    if (
      !isTokenPayload(payload) ||
      payload.iss !== config.issuer ||
      payload.aud !== config.audience ||
      payload.exp - payload.iat > MAX_TTL
    ) {
      fail('invalid')
    }
    if (payload.pur !== config.purpose) fail('wrong_purpose')
    const now = Math.floor(config.now() / 1000)
    if (payload.iat > now + config.clockTolerance) fail('invalid')
    if (payload.exp <= now - config.clockTolerance) fail('expired')
    const state = typeof resolve === 'string' ? resolve : await resolve(payload.sub)
    if (state === null || state === undefined) fail('invalid')
    if (typeof state !== 'string') throw new InputError('The state function must return a string.')
    if (!stateMatches(entry.digest, payload.sdg, payload.sub, payload.jti, state)) fail('stale')
    return claimsOf(payload, entry.kid)
  }
}

// Encrypted deployments accept only the JWE they produce, and only a signed token inside it.
async function unwrap(encryption: Encryption, token: unknown): Promise<string> {
  const outer = parseCompact(token)
  if (!outer) fail('malformed')
  if (outer.kind !== 'jwe' || !encryption.acceptsHeader(outer.header)) fail('invalid')
  let jws: string
  try {
    jws = await encryption.decrypt(token as string)
  } catch (error) {
    fail('invalid', error)
  }
  if (parseCompact(jws)?.kind !== 'jws') fail('invalid')
  return jws
}
