import {
  DIGIT_CLASS,
  LOWER_CLASS,
  nonAsciiClassifier,
  OTHER_LETTER_CLASS,
  REFUSED_CODE_POINT,
  UPPER_CLASS,
} from './classify'

/** Slots of {@link Counts}. */
export const LENGTH = 0
export const LOWER = 1
export const UPPER = 2
export const DIGITS = 3
export const LETTERS = 4
export const SPECIAL = 5
/** 1 when the text holds a code point at or above U+0300 (below it every string is in NFC), else 0. */
export const WIDE = 6
/** Code points no password may hold: lone surrogates and invisible format characters. */
export const REFUSED = 7

/** What one {@link scan} counted, by slot: code points per class, and the NFC hint. */
export type Counts = readonly number[]

/** One pass over `text`, counting code points per class. */
export function scan(text: string): Counts {
  let lower = 0
  let upper = 0
  let other = 0
  let digits = 0
  let pairs = 0
  let wide = 0
  let refused = 0
  // Made at the first code point outside ASCII: most passwords never need it.
  let classify: ((cp: number) => number) | undefined
  const n = text.length
  for (let i = 0; i < n; i++) {
    let cp = text.charCodeAt(i)
    if (cp < 128) {
      if (cp > 96) {
        if (cp < 123) lower++
      } else if (cp > 64) {
        if (cp < 91) upper++
      } else if (cp > 47 && cp < 58) digits++
    } else {
      // A surrogate pair is one code point (a lone surrogate counts as one too).
      cp = text.codePointAt(i) as number
      if (cp > 0xffff) {
        i++
        pairs++
      }
      if (cp > 0x2ff) wide = 1
      classify ??= nonAsciiClassifier()
      const c = classify(cp)
      if (c === LOWER_CLASS) lower++
      else if (c === UPPER_CLASS) upper++
      else if (c === OTHER_LETTER_CLASS) other++
      else if (c === DIGIT_CLASS) digits++
      else if (c === REFUSED_CODE_POINT) refused++
    }
  }
  const length = n - pairs
  const letters = lower + upper + other
  // In slot order, LENGTH to REFUSED.
  return [length, lower, upper, digits, letters, length - letters - digits, wide, refused]
}

/** The longest run of one code point in `text`. */
export function longestRun(text: string): number {
  let run = 0
  let longest = 0
  let previous: string | undefined
  for (const c of text) {
    run = c === previous ? run + 1 : 1
    if (run > longest) longest = run
    previous = c
  }
  return longest
}
