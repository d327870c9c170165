/** Longest email accepted, in UTF-16 units (RFC 5321's path limit). */
export const MAX_EMAIL_LENGTH = 254

/** Longest token accepted, in characters. */
export const MAX_TOKEN_LENGTH = 4096

/** Longest `locale` field accepted (a BCP 47 tag). */
export const MAX_LOCALE_LENGTH = 35

/** Longest password accepted before any work, in UTF-16 units (a denial-of-service bound). */
export const MAX_PASSWORD_LENGTH = 4096

/** Length of the one-time code a reset email carries beside its link (digits only). */
export const RESET_CODE_LENGTH = 8

/** Longest name accepted at sign-up, in characters. */
export const MAX_NAME_LENGTH = 100

/** Longest challenge answer (a CAPTCHA token) accepted at sign-in. */
export const MAX_CHALLENGE_LENGTH = 4096

// Linear: two runs of characters that exclude each other's delimiters.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+$/

/**
 * True for something shaped like an email address (`local@domain`, no whitespace): a
 * plausibility check for forms and opaque ids, not a validation. Length is the caller's bound
 * ({@link MAX_EMAIL_LENGTH} for an email field).
 */
export function looksLikeEmail(value: string): boolean {
  return EMAIL_SHAPE.test(value)
}

/** The form emails are looked up and rate-limited by: NFC, trimmed, lowercased. */
export function normalizeEmail(email: string): string {
  return email.normalize('NFC').trim().toLowerCase()
}
