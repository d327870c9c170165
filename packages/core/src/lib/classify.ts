/** Classes of a non-ASCII code point, as {@link classifyNonAscii} answers them. */
export const LOWER_CLASS = 1
export const UPPER_CLASS = 2
export const OTHER_LETTER_CLASS = 3
export const DIGIT_CLASS = 4
/** A code point no password may hold (the last group below): neither a letter nor a digit. */
export const REFUSED_CODE_POINT = 5

// One group per class, in class order. The last holds the code points a password may not hold:
// lone surrogates (a hasher sees U+FFFD in their place, so two passwords would open one account)
// and invisible format characters (the user cannot see or retype them): soft hyphen, Arabic letter
// mark, Mongolian vowel separator, zero-width characters and marks, bidi embeddings, overrides and
// isolates, word joiner and invisible operators, BOM, interlinear annotation, shorthand and musical
// format controls. Emoji tag characters (U+E0020–U+E007F) stay allowed: flag sequences need them.
const CLASSES =
  /(\p{Ll})|(\p{Lu})|(\p{L})|(\p{Nd})|([\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ud800-\udfff\ufeff\ufff9-\ufffb\u{1bca0}-\u{1bca3}\u{1d173}-\u{1d17a}])/u

// Memo of a pure function over the BMP (0 = not classified yet): each distinct code point pays
// for the property regexes once, and no call can observe another's use of it.
const bmp = new Uint8Array(0x10000)

function classifySlow(cp: number): number {
  const match = CLASSES.exec(String.fromCodePoint(cp))
  // Groups capture one code point, never an empty string.
  return match ? match.findIndex((group, i) => i && group) : 6
}

/** Class of a code point outside ASCII: one of the constants above, or 6 for any other. */
export function classifyNonAscii(cp: number): number {
  if (cp > 0xffff) return classifySlow(cp)
  let c = bmp[cp] as number
  if (c === 0) {
    c = classifySlow(cp)
    bmp[cp] = c
  }
  return c
}

/** True when `text` holds a code point that no password may hold. */
export function holdsRefused(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i) as number
    if (cp > 0xffff) i++
    if (cp > 127 && classifyNonAscii(cp) === REFUSED_CODE_POINT) return true
  }
  return false
}
