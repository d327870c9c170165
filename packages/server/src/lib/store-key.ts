import { base64url, digest } from './digest'

/** Longest part of a store key kept as is; longer parts are replaced by their digest. */
const MAX_KEY_PART = 64

/** A short, non-reversible label of a normalised email, for logs and store keys. */
export async function emailLabel(normalized: string): Promise<string> {
  return base64url(await digest('SHA-256', normalized)).slice(0, 16)
}

/** `part` when short, else a digest of it: every store key stays bounded whatever a client sends. */
export async function keyPart(part: string): Promise<string> {
  if (part.length <= MAX_KEY_PART) return part
  return `h:${base64url(await digest('SHA-256', part))}`
}
