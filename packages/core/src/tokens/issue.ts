import { SignJWT } from 'jose'
import { InputError } from '../errors'
import { looksLikeEmail } from '../wire/fields'
import { toBase64url } from './lib/bytes'
import type { TokenPayload } from './lib/claims'
import type { TokensConfig } from './lib/config'
import { JTI_BYTES, MAX_SUBJECT_LENGTH, TOKEN_TYPE } from './lib/constants'
import type { IssuedResetToken, IssueResetTokenInput } from './types'

// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f]/
const LOCALE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,4}$/

/** The `issue` method of a {@link ResetTokens} instance. */
export function issuer(
  config: TokensConfig,
): (input: IssueResetTokenInput) => Promise<IssuedResetToken> {
  const { signer } = config
  const signingKey = signer.signingKey
  if (!signingKey) throw new Error('unreachable: the first key always signs')
  const header = { alg: signer.alg, typ: TOKEN_TYPE, kid: signer.kid }
  return async (input) => {
    const { subject, state, locale } = checkInput(input)
    const iat = Math.floor(config.now() / 1000)
    const exp = iat + config.ttl
    const jti = toBase64url(crypto.getRandomValues(new Uint8Array(JTI_BYTES)))
    // Sesame's own claims; jose writes and types the registered ones.
    const own: Pick<TokenPayload, 'pur' | 'sdg' | 'loc'> = {
      pur: config.purpose,
      sdg: signer.digest(subject, jti, state),
      ...(locale === undefined ? {} : { loc: locale }),
    }
    const jwt = await new SignJWT(own)
      .setProtectedHeader(header)
      .setIssuer(config.issuer)
      .setAudience(config.audience)
      .setSubject(subject)
      .setJti(jti)
      .setIssuedAt(iat)
      .setExpirationTime(exp)
      .sign(await signingKey())
    const token = config.encryption ? await config.encryption.encrypt(jwt) : jwt
    return { token, jti, expiresAt: new Date(exp * 1000) }
  }
}

function checkInput(input: IssueResetTokenInput): IssueResetTokenInput {
  if (typeof input !== 'object' || input === null) {
    throw new InputError('issue needs { subject, state }.')
  }
  const { subject, state, locale } = input
  if (
    typeof subject !== 'string' ||
    subject.length === 0 ||
    subject.length > MAX_SUBJECT_LENGTH ||
    CONTROL.test(subject)
  ) {
    throw new InputError(
      `subject must be a non-empty string of at most ${MAX_SUBJECT_LENGTH} printable characters.`,
    )
  }
  // Tokens travel in URLs, mail logs and browser history: the subject must be an opaque id. An
  // address with a dotted domain is refused; ids such as `k1-12@ex` or `team@ops` stay usable.
  if (looksLikeEmail(subject) && subject.slice(subject.indexOf('@') + 2, -1).includes('.')) {
    throw new InputError("subject looks like an email address: use the account's opaque id.")
  }
  if (typeof state !== 'string') {
    throw new InputError('state must be a string: the password hash or a version counter.')
  }
  if (locale !== undefined && (typeof locale !== 'string' || !LOCALE.test(locale))) {
    throw new InputError('locale must be a BCP 47 tag such as "fr" or "fr-CA".')
  }
  return input
}
