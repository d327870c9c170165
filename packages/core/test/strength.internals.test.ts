import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { outguessedByBruteforce } from '../src/strength/lib/bruteforce-bound'
import { l33tVariations } from '../src/strength/lib/l33t-variations'
import { PrefixIndex } from '../src/strength/lib/prefix-index'
import { boundPassword } from '../src/strength/lib/truncate'

describe('PrefixIndex', () => {
  it('agrees with a linear search on any word list and prefix', () => {
    const letters = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é', '1'), maxLength: 6 })
    fc.assert(
      fc.property(
        fc.array(letters, { maxLength: 40 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é', '1'), minLength: 1, maxLength: 4 }),
        (words, prefix) => {
          const index = new PrefixIndex(words)
          expect(index.hasPrefix(prefix)).toBe(words.some((word) => word.startsWith(prefix)))
        },
      ),
    )
  })
})

describe('l33tVariations', () => {
  it('doubles for each substitution used everywhere, and counts mixed ones like capitals', () => {
    expect(
      l33tVariations('p4ssw0rd', [
        { letter: 'a', substitution: '4' },
        { letter: 'o', substitution: '0' },
      ]),
    ).toBe(4)
    // 'a4a': one of three positions substituted: C(3,1) = 3 ways.
    expect(l33tVariations('a4a', [{ letter: 'a', substitution: '4' }])).toBe(3)
  })
})

describe('outguessedByBruteforce', () => {
  it('compares with 10 guesses per character', () => {
    expect(outguessedByBruteforce(100, 2)).toBe(true)
    expect(outguessedByBruteforce(99, 2)).toBe(false)
  })
})

describe('boundPassword', () => {
  it('never splits a surrogate pair and reads only what it needs', () => {
    expect(boundPassword('😀😀😀', 2)).toEqual({ text: '😀😀', length: 2, truncated: true })
    expect(boundPassword('abc', 3)).toEqual({ text: 'abc', length: 3, truncated: false })
  })
})
