/** Signature algorithms a reset token may use; each key is pinned to exactly one. */
export type ResetTokenAlgorithm = 'HS256' | 'EdDSA' | 'ES256'

/** Secret material: a string (its UTF-8 bytes) or bytes; at least 32 bytes either way. */
export type SecretInput = string | Uint8Array

/**
 * A Web Crypto `CryptoKey`, described by its shape so that the public types need neither DOM nor
 * Node typings, nor jose's (an ES module that CommonJS type-checking cannot import).
 */
export interface CryptoKeyLike {
  /** `'public'`, `'private'` or `'secret'`. */
  readonly type: string
  /** Whether the key material may be exported. */
  readonly extractable: boolean
  /** The algorithm the key was made for, e.g. `{ name: 'Ed25519' }`. */
  readonly algorithm: { readonly name: string }
  /** What the key may be used for, e.g. `['sign']`. */
  readonly usages: readonly string[]
}

/** A Node.js `KeyObject` (from `node:crypto`), described by its shape. */
export interface KeyObjectLike {
  /** `'public'`, `'private'` or `'secret'`. */
  readonly type: string
  /** `'ed25519'` or `'ec'` for the accepted keys. */
  readonly asymmetricKeyType?: string | undefined
}

/** A JSON Web Key (RFC 7517) for Ed25519 (`OKP`) or P-256 (`EC`). */
export interface JsonWebKeyLike {
  /** Key type: `'OKP'` or `'EC'` (optional in the type, as jose's `exportJWK` declares it). */
  readonly kty?: string | undefined
  /** Curve: `'Ed25519'` or `'P-256'`. */
  readonly crv?: string | undefined
  /** Public key coordinate. */
  readonly x?: string | undefined
  /** Second public coordinate (EC). */
  readonly y?: string | undefined
  /** Private key (absent in a public JWK). */
  readonly d?: string | undefined
  /** Other JWK parameters (`use`, `key_ops`, `alg`, `kid`...), ignored or checked at creation. */
  readonly [parameter: string]: unknown
}

/** An asymmetric key as Web Crypto `CryptoKey`, Node.js `KeyObject` or JSON Web Key. */
export type AsymmetricKeyInput = CryptoKeyLike | KeyObjectLike | JsonWebKeyLike

/** A shared secret that signs and verifies with HS256. */
export interface SecretKeyConfig {
  /** Key id written in the token header, so that verification picks the right key after a rotation. */
  readonly kid: string
  /** At least 32 bytes of randomness, e.g. `openssl rand -base64 48`. */
  readonly secret: SecretInput
}

/** An Ed25519 (EdDSA) or P-256 (ES256) key pair; older keys may omit `privateKey` and only verify. */
export interface AsymmetricKeyConfig {
  /** Key id written in the token header. */
  readonly kid: string
  /** Checked against the key's type when given; inferred from it otherwise. */
  readonly alg?: 'EdDSA' | 'ES256'
  /** Signs; required for the first key of the list. */
  readonly privateKey?: AsymmetricKeyInput
  /** Verifies. */
  readonly publicKey: AsymmetricKeyInput
}

/** One verification (and, first in the list, signing) key. */
export type KeyConfig = SecretKeyConfig | AsymmetricKeyConfig

/** Encrypts the whole signed token (JWE, `dir` + `A256GCM`) so that not even the subject is readable. */
export interface EncryptionOptions {
  /** At least 32 bytes; the AES key is derived from it with HKDF. */
  readonly secret: SecretInput
}

/** Options of {@link createResetTokens}; every one is checked when the instance is created. */
export interface ResetTokensOptions {
  /** The first key signs, every key verifies: put a new key first to rotate, keep the old one after it. */
  readonly keys: readonly KeyConfig[]
  /** Lifetime: seconds, or a string such as `'30m'`, `'2h'`, `'90s'`; from 1 minute to 24 hours (7 days for purpose `'invite'`). */
  readonly ttl: number | string
  /** The `iss` claim, e.g. your origin. */
  readonly issuer: string
  /** The `aud` claim, e.g. `'password-reset'` or your origin. */
  readonly audience: string
  /** Written in the token and required on verify, so that a token minted for another use is refused. Default `'reset'`. */
  readonly purpose?: string
  /** Seconds of clock skew accepted on `iat` and `exp`, from 0 to 300. Default 30. */
  readonly clockTolerance?: number
  /**
   * Keys the digest of the account's credential state. Optional with HS256 keys (each secret
   * derives its own); required when any key is asymmetric.
   */
  readonly stateKey?: SecretInput
  /** Encrypt tokens as well as sign them. */
  readonly encryption?: EncryptionOptions
  /** The clock, in milliseconds since the epoch; tests pass a fake one. Default `Date.now`. */
  readonly now?: () => number
}

/** What {@link ResetTokens.issue} needs. */
export interface IssueResetTokenInput {
  /** The account's opaque, stable id (never an email or a name: tokens travel in URLs). */
  readonly subject: string
  /**
   * The account's current credential state: its password hash or a version counter. Once it
   * changes, every token issued before is `stale`. Only a keyed digest enters the token.
   */
  readonly state: string
  /** The user's locale (BCP 47, e.g. `'fr'`), carried so the landing page can speak their language. */
  readonly locale?: string
}

/** A freshly issued token. */
export interface IssuedResetToken {
  /** The compact token to put in the link. */
  readonly token: string
  /** Its unique id (128 random bits, base64url): what a store consumes to make it single-use. */
  readonly jti: string
  /** When it stops being accepted. */
  readonly expiresAt: Date
}

/** Looks up the account's current credential state; `null` (or `undefined`) when the account is gone. */
export type StateResolver = (
  subject: string,
) => string | null | undefined | Promise<string | null | undefined>

/** What {@link ResetTokens.verify} compares the token against. */
export interface VerifyResetTokenOptions {
  /**
   * The account's current credential state, or a function that finds it from the token's
   * subject; the function runs only once the signature, claims and expiry checked out.
   */
  readonly state: string | StateResolver
}

/** The claims of a token that passed every check. */
export interface ResetTokenClaims {
  /** The account's opaque id. */
  readonly subject: string
  /** The token's unique id. */
  readonly jti: string
  /** The purpose it was minted for. */
  readonly purpose: string
  /** When it was issued. */
  readonly issuedAt: Date
  /** When it stops being accepted. */
  readonly expiresAt: Date
  /** Id of the key that signed it. */
  readonly keyId: string
  /** The locale given at issue, if any. */
  readonly locale?: string
}

/** What {@link peekResetToken} reads from a token without checking it: never trust it for access. */
export type PeekedResetToken = ResetTokenClaims

/** Issues, verifies and peeks at password reset tokens; made by {@link createResetTokens}. */
export interface ResetTokens {
  /** The purpose written into, and required from, every token. */
  readonly purpose: string
  /** The lifetime of a token, in seconds. */
  readonly ttl: number
  /**
   * Mints a token for one account.
   *
   * @throws {InputError} `invalid_input` for an empty, oversize or email-like subject, a
   * non-string state or a malformed locale.
   * @throws {ConfigError} `invalid_config` when Web Crypto refuses the signing key (first use only).
   */
  issue(input: IssueResetTokenInput): Promise<IssuedResetToken>
  /**
   * Checks a token: encoding, header, signature, issuer, audience, purpose, times, then the
   * credential state. Resolves with its claims.
   *
   * @throws {ResetTokenError} `malformed`, `invalid`, `expired`, `stale` or `wrong_purpose`.
   * Errors thrown by a `state` function are passed through unchanged.
   * @throws {InputError} `invalid_input` when `state` is missing or its function returns a non-string.
   * @throws {ConfigError} `invalid_config` when Web Crypto refuses a verification key.
   */
  verify(token: unknown, options: VerifyResetTokenOptions): Promise<ResetTokenClaims>
  /**
   * Reads a token without checking it, for UIs; `null` for garbage or an encrypted token.
   * Never throws.
   */
  peek(token: unknown): PeekedResetToken | null
}
