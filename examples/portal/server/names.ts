/** Longest accepted first or last name, in code points. */
export const MAX_NAME_LENGTH = 80

const LETTER_OR_MARK = /[\p{L}\p{M}]/u
const PUNCTUATION = new Set([' ', "'", '’', '-', '.'])

/**
 * A first or last name as people write it: letters and marks, single spaces, apostrophes,
 * hyphens and dots (a dot ends an initial, so it is followed by a space, a hyphen or the end:
 * `evil.example` is no name). No digits, colons, slashes or angle brackets: no link, no markup.
 */
export function normaliseName(input: unknown): string | null {
  if (typeof input !== 'string' || input.length > MAX_NAME_LENGTH * 4) return null
  const name = input.normalize('NFC').trim().replace(/\s+/gu, ' ')
  const chars = Array.from(name)
  if (chars.length === 0 || chars.length > MAX_NAME_LENGTH) return null
  if (!LETTER_OR_MARK.test(chars[0]!)) return null
  for (let i = 0; i < chars.length; i += 1) {
    const char = chars[i]!
    if (LETTER_OR_MARK.test(char)) continue
    if (!PUNCTUATION.has(char)) return null
    const next = chars[i + 1]
    if (char === '.' && next !== undefined && next !== ' ' && next !== '-') return null
  }
  return name
}

/** The sign-up's one name field as the accounts store it: the first word, then the rest. */
export function splitName(name: string): { firstName: string; lastName: string } {
  const [firstName = '', ...rest] = name.split(' ')
  return { firstName, lastName: rest.join(' ') }
}
