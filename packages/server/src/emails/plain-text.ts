import { MAX_NAME_LENGTH } from '@sesame/core/wire'

// Characters that never belong in a name shown in an email: markup, quotes, and what links are made of.
const MARKUP = new Set(['<', '>', '"', '`', '\\', '[', ']', '{', '}', '|'])
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}]/u
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

function isLetterOrDigit(char: string | undefined): boolean {
  return char !== undefined && LETTER_OR_DIGIT.test(char)
}

// A word a mail client could turn into a link: a scheme, an address, or a dot between two letters.
function looksLikeLink(word: string): boolean {
  const lower = word.toLowerCase()
  if (lower.includes('://') || lower.includes('@') || lower.startsWith('www.')) return true
  if (lower.includes('/') || lower.includes('=') || lower.includes('%')) return true
  const chars = Array.from(word)
  for (let i = 1; i < chars.length - 1; i += 1) {
    if (
      (chars[i] === '.' || chars[i] === ':') &&
      isLetterOrDigit(chars[i - 1]) &&
      isLetterOrDigit(chars[i + 1])
    ) {
      return true
    }
  }
  return false
}

/**
 * A user-supplied name as plain text only: control, format and private-use characters, markup
 * characters and any word that could be read as a link (a URL, an address, `evil.example`) are
 * dropped, spaces collapsed, and the result bounded by `MAX_NAME_LENGTH`. Escape it still in HTML.
 */
export function plainName(name: string): string {
  let cleaned = ''
  for (const char of name.normalize('NFC')) {
    if (INVISIBLE.test(char)) cleaned += ' '
    else if (!MARKUP.has(char)) cleaned += char
  }
  const words = cleaned.split(/\s+/u).filter((word) => word !== '' && !looksLikeLink(word))
  return Array.from(words.join(' ')).slice(0, MAX_NAME_LENGTH).join('').trim()
}
