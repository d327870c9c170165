import { classifyNonAscii } from './classify'

/** Slots of {@link counts}. */
export const LENGTH = 0
export const LOWER = 1
export const UPPER = 2
export const DIGITS = 3
export const LETTERS = 4
export const SPECIAL = 5
export const LONGEST_RUN = 6

/** Counters of the last scan (module state: evaluation is synchronous, so no call interleaves). */
export const counts: number[] = [0, 0, 0, 0, 0, 0, 0]

/**
 * One pass over `text`, counting code points per class into {@link counts}. `runs` tracks the
 * longest run of identical code points. Returns true when the
 * text holds a code point at or above U+0300, below which every string is already in NFC.
 */
export function scan(text: string, runs: boolean): boolean {
  let lower = 0
  let upper = 0
  let other = 0
  let digits = 0
  let pairs = 0
  let run = 0
  let longest = 0
  let previous = -1
  let wide = false
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
      cp = text.codePointAt(i)!
      if (cp > 0xffff) {
        i++
        pairs++
      }
      if (cp > 0x2ff) wide = true
      const c = classifyNonAscii(cp)
      if (c === 1) lower++
      else if (c === 2) upper++
      else if (c === 3) other++
      else if (c === 4) digits++
    }
    if (runs) {
      run = cp === previous ? run + 1 : 1
      if (run > longest) longest = run
      previous = cp
    }
  }
  const length = n - pairs
  const letters = lower + upper + other
  // Slots LENGTH, LOWER, UPPER, DIGITS, LETTERS, SPECIAL, LONGEST_RUN (literals: smaller bundles).
  counts[0] = length
  counts[1] = lower
  counts[2] = upper
  counts[3] = digits
  counts[4] = letters
  counts[5] = length - letters - digits
  counts[6] = longest
  return wide
}
