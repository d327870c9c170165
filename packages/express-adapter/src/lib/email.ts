import { createHash } from 'node:crypto'

/** Longest email accepted (RFC 5321 path limit). */
export const MAX_EMAIL_LENGTH = 254

/** The form emails are looked up and rate-limited by: NFC, trimmed, lowercased. */
export function normalizeEmail(email: string): string {
  return email.normalize('NFC').trim().toLowerCase()
}

/** A short, non-reversible label of a normalised email for logs and store keys. */
export function hashEmail(normalized: string): string {
  return createHash('sha256').update(normalized).digest('base64url').slice(0, 16)
}
