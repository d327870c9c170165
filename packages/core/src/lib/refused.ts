// Code points a password may not hold, as [first, last] ranges: lone surrogates (a hasher sees
// U+FFFD in their place, so two passwords would open one account) and invisible format
// characters (the user cannot see or retype them). Emoji tag characters (U+E0020–U+E007F) stay
// allowed: flag sequences need them.
const RANGES: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad], // soft hyphen
  [0x061c, 0x061c], // Arabic letter mark
  [0x180e, 0x180e], // Mongolian vowel separator
  [0x200b, 0x200f], // zero-width space, non-joiner, joiner; LRM, RLM
  [0x202a, 0x202e], // bidi embeddings and overrides
  [0x2060, 0x2064], // word joiner, invisible operators
  [0x2066, 0x206f], // bidi isolates, deprecated format characters
  [0xd800, 0xdfff], // surrogates: reached only when lone
  [0xfeff, 0xfeff], // zero-width no-break space (BOM)
  [0xfff9, 0xfffb], // interlinear annotation controls
  [0x1bca0, 0x1bca3], // shorthand format controls
  [0x1d173, 0x1d17a], // musical format controls
]

/** True for a code point that no password may hold (see the ranges above). */
export function isRefusedCodePoint(cp: number): boolean {
  for (const [first, last] of RANGES) {
    if (cp < first) return false
    if (cp <= last) return true
  }
  return false
}

/** True when `text` holds a code point that no password may hold. */
export function holdsRefused(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i) as number
    if (cp > 0xffff) i++
    if (isRefusedCodePoint(cp)) return true
  }
  return false
}
