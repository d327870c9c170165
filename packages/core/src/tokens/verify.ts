import { type errors, jwtVerify } from 'jose'
import { InputError, isSesameError, ResetTokenError, type ResetTokenErrorCode } from '../errors'
import { hasExactKeys } from '../lib/record'
import { isBase64url } from './lib/bytes'
import { claimsOf, isTokenPayload, type TokenPayload } from './lib/claims'
import { decodeCompact } from './lib/compact'
import type { TokensConfig } from './lib/config'
import { MAX_TOKEN_LENGTH, TOKEN_TYPE } from './lib/constants'
import type { Encryption } from './lib/encryption'
import type { KeyEntry } from './lib/keys'
import { stateMatches } from './lib/state-digest'
import { maxTtlFor } from './lib/ttl'
import type { ResetTokenClaims, VerifyResetTokenOptions } from './types'

const MESSAGES: Readonly<Record<ResetTokenErrorCode, string>> = {
  malformed: 'The reset token is not a well-formed token.',
  invalid: 'The reset token is not valid.',
  expired: 'The reset token has expired.',
  stale: 'The reset token is no longer valid: the password has changed since it was issued.',
  wrong_purpose: 'The reset token was issued for another purpose.',
}

/** Claims jose must find (besides `iss` and `aud`, required by the options of the same name). */
const REQUIRED_CLAIMS = ['sub', 'jti', 'iat', 'exp']

/** The time claims jose checks last: a refusal on one of them comes after Sesame's own claims. */
const TIME_CLAIMS: ReadonlySet<string> = new Set(['iat', 'exp', 'nbf'])

function fail(code: ResetTokenErrorCode, cause?: unknown): never {
  throw new ResetTokenError(code, MESSAGES[code], cause === undefined ? undefined : { cause })
}

const REFUSED = new Error('refused header')

// Only the header parameters we write, with the one algorithm pinned to the kid: HS256 never reaches an EdDSA key.
function acceptedKey(config: TokensConfig, header: Readonly<Record<string, unknown>>): KeyEntry {
  const entry = typeof header.kid === 'string' ? config.verifiers.get(header.kid) : undefined
  if (
    !entry ||
    header.alg !== entry.alg ||
    header.typ !== TOKEN_TYPE ||
    !hasExactKeys(header, ['alg', 'typ', 'kid'])
  ) {
    throw REFUSED
  }
  return entry
}

// Sesame's claims, on a payload whose signature checked out: shapes and lifetime, then purpose.
function ownClaims(config: TokensConfig, payload: Readonly<Record<string, unknown>>): TokenPayload {
  if (!isTokenPayload(payload) || payload.exp - payload.iat > maxTtlFor(payload.pur))
    fail('invalid')
  if (payload.pur !== config.purpose) fail('wrong_purpose')
  return payload
}

// By code rather than class, as jose recommends: an app may load both its ESM and CJS builds.
function isClaimRefusal(
  error: unknown,
): error is errors.JWTClaimValidationFailed | errors.JWTExpired {
  const code = (error as { code?: unknown } | null)?.code
  return code === 'ERR_JWT_CLAIM_VALIDATION_FAILED' || code === 'ERR_JWT_EXPIRED'
}

// What a jose refusal means for the caller. Claims are checked only once the signature holds, so
// a refused claim carries a trusted payload; a refused token whose parts do not decode is malformed.
function refusal(config: TokensConfig, jws: string, error: unknown): never {
  if (isClaimRefusal(error)) {
    if (!TIME_CLAIMS.has(error.claim)) fail('invalid', error)
    ownClaims(config, error.payload)
    fail(error.code === 'ERR_JWT_EXPIRED' ? 'expired' : 'invalid', error)
  }
  const decoded = decodeCompact(jws)
  fail(decoded ? 'invalid' : 'malformed', error === REFUSED ? undefined : error)
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
  const { issuer, audience, algorithms, clockTolerance } = config
  const maxTokenAge = maxTtlFor(config.purpose)
  return async (token, options) => {
    const resolve = options?.state
    if (typeof resolve !== 'string' && typeof resolve !== 'function') {
      throw new InputError('verify needs { state }: a string or a function of the subject.')
    }
    const jws = config.encryption ? await unwrap(config.encryption, token) : signed(token)
    let entry: KeyEntry | undefined
    let verified: Readonly<Record<string, unknown>>
    try {
      // The key is chosen, and its algorithm pinned, from the header jose hands over before it verifies.
      const result = await jwtVerify(
        jws,
        (header) => {
          entry = acceptedKey(config, header)
          return entry.verifyingKey()
        },
        {
          algorithms,
          typ: TOKEN_TYPE,
          issuer,
          audience,
          requiredClaims: REQUIRED_CLAIMS,
          clockTolerance,
          maxTokenAge,
          currentDate: new Date(config.now()),
        },
      )
      verified = result.payload
    } catch (error) {
      if (isSesameError(error, 'invalid_config')) throw error
      refusal(config, jws, error)
    }
    if (!entry) fail('invalid')
    const payload = ownClaims(config, verified)
    const state = typeof resolve === 'string' ? resolve : await resolve(payload.sub)
    if (state === null || state === undefined) fail('invalid')
    if (typeof state !== 'string') throw new InputError('The state function must return a string.')
    if (!stateMatches(entry.digest, payload.sdg, payload.sub, payload.jti, state)) fail('stale')
    return claimsOf(payload, entry.kid)
  }
}

// Encrypted deployments accept only the JWE they produce, and only a signed token inside it.
async function unwrap(encryption: Encryption, token: unknown): Promise<string> {
  const outer = decodeCompact(token)
  if (!outer) fail('malformed')
  if (outer.kind !== 'jwe' || !encryption.acceptsHeader(outer.header)) fail('invalid')
  let jws: string
  try {
    jws = await encryption.decrypt(token as string)
  } catch (error) {
    fail('invalid', error)
  }
  if (decodeCompact(jws)?.kind !== 'jws') fail('invalid')
  return jws
}
