/** The pinned `typ` header: a reset token cannot pass for any other JWT, and no other JWT for it. */
export const TOKEN_TYPE = 'sesame-reset+jwt'

/** Longest token accepted; ours stay far below, so anything longer is an attack or garbage. */
export const MAX_TOKEN_LENGTH = 4096

/** Bounds of the lifetime, in seconds. */
export const MIN_TTL = 60
export const MAX_TTL = 24 * 60 * 60

/** Purposes allowed a longer ceiling than {@link MAX_TTL}: an invitation may wait a week for its invitee. */
export const MAX_TTL_BY_PURPOSE: Readonly<Record<string, number>> = Object.freeze({
  invite: 7 * 24 * 60 * 60,
})

/** Default and largest accepted clock skew, in seconds. */
export const DEFAULT_CLOCK_TOLERANCE = 30
export const MAX_CLOCK_TOLERANCE = 300

/** Smallest secret, in bytes (HS256 needs a key at least as long as its output). */
export const MIN_SECRET_BYTES = 32

/** Longest accepted subject, in UTF-16 units. */
export const MAX_SUBJECT_LENGTH = 256

/** Bytes of randomness in a jti (128 bits). */
export const JTI_BYTES = 16

/** Domain separation of the keys derived with HKDF. */
export const HKDF_SALT = 'sesame/reset-tokens'
export const STATE_KEY_INFO = 'state-digest/v1'
export const ENCRYPTION_KEY_INFO = 'jwe-dir-a256gcm/v1'
