/** Longest email accepted, in UTF-16 units (RFC 5321's path limit). */
export const MAX_EMAIL_LENGTH = 254

/** Longest token accepted, in characters. */
export const MAX_TOKEN_LENGTH = 4096

/** Longest `locale` field accepted (a BCP 47 tag). */
export const MAX_LOCALE_LENGTH = 35

/** Longest password accepted before any work, in UTF-16 units (a denial-of-service bound). */
export const MAX_PASSWORD_LENGTH = 4096

/** The form emails are looked up and rate-limited by: NFC, trimmed, lowercased. */
export function normalizeEmail(email: string): string {
  return email.normalize('NFC').trim().toLowerCase()
}
