/** Classes of a non-ASCII code point, as {@link nonAsciiClassifier} answers them. */
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

function classify(cp: number): number {
  const match = CLASSES.exec(String.fromCodePoint(cp))
  // Groups capture one code point, never an empty string.
  return match ? match.findIndex((group, i) => i && group) : 6
}

/**
 * A classifier of code points outside ASCII for one text: one of the constants above, or 6 for
 * any other. Each distinct code point of the text pays for the property regexes once.
 */
export function nonAsciiClassifier(): (cp: number) => number {
  const seen = new Map<number, number>()
  return (cp) => {
    let c = seen.get(cp)
    if (c === undefined) {
      c = classify(cp)
      seen.set(cp, c)
    }
    return c
  }
}
