// Class of a non-ASCII code point: 1 lowercase, 2 uppercase, 3 other letter, 4 digit, 5 other.
const CLASSES = /(\p{Ll})|(\p{Lu})|(\p{L})|(\p{Nd})/u

// Memo of a pure function over the BMP (0 = not classified yet): each distinct code point pays
// for the property regexes once, and no call can observe another's use of it.
const bmp = new Uint8Array(0x10000)

function classifySlow(cp: number): number {
  const match = CLASSES.exec(String.fromCodePoint(cp))
  // Groups capture one code point, never an empty string.
  return match ? match.findIndex((group, i) => i && group) : 5
}

/** Class of a code point outside ASCII. */
export function classifyNonAscii(cp: number): number {
  if (cp > 0xffff) return classifySlow(cp)
  let c = bmp[cp] as number
  if (c === 0) {
    c = classifySlow(cp)
    bmp[cp] = c
  }
  return c
}
