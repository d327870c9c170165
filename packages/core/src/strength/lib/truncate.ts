/** A password cut to the part that is analysed. */
export interface Bounded {
  readonly text: string
  /** Code points analysed. */
  readonly length: number
  /** Some of the input was left out. */
  readonly truncated: boolean
}

function cut(text: string, limit: number): Bounded {
  let units = 0
  let length = 0
  while (units < text.length && length < limit) {
    units += text.codePointAt(units)! > 0xffff ? 2 : 1
    length += 1
  }
  return { text: text.slice(0, units), length, truncated: units < text.length }
}

// NFC may merge a few code points at the cut, so a little more than the limit is normalised.
const NFC_SLACK = 16

/**
 * The first `limit` code points of the NFC form of `text`, without normalising (or even reading)
 * the rest of a long input.
 */
export function boundPassword(text: string, limit: number): Bounded {
  const head = cut(text, limit + NFC_SLACK)
  const normalised = cut(head.text.normalize('NFC'), limit)
  return { ...normalised, truncated: normalised.truncated || head.truncated }
}
