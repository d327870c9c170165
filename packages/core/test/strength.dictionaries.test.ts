import { execFileSync } from 'node:child_process'
import * as common from '@zxcvbn-ts/language-common'
import * as en from '@zxcvbn-ts/language-en'
import * as fr from '@zxcvbn-ts/language-fr'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dictionaries as english } from '../src/strength/dictionaries/en'
import { dictionaries as french } from '../src/strength/dictionaries/fr'
import { Lexicon } from '../src/strength/lib/lexicon'
import type { PackedDictionaries } from '../src/strength/lib/packed'

type Lists = Record<string, readonly (string | number)[]>

const SEQUENCE =
  /^(cardinalNumbers|ordinalNumbers|daysOfWeek|months|seasons|timePeriods|rainbowColors|directions|intermediateDirections|sizeProgression|militaryAlphabet|planets|zodiacSigns|chineseZodiac)-/

// The best rank of every word and the list it comes from, straight from the zxcvbn-ts packages.
function expected(lists: Lists): Map<string, { rank: number; list: string }> {
  const best = new Map<string, { rank: number; list: string }>()
  for (const [list, words] of Object.entries(lists)) {
    if (SEQUENCE.test(list)) continue
    words.forEach((entry, index) => {
      const word = String(entry)
      const current = best.get(word)
      if (current === undefined || index + 1 < current.rank)
        best.set(word, { rank: index + 1, list })
    })
  }
  return best
}

const kindOf = (list: string) =>
  ['passwords', 'wikipedia', 'names'].find((kind) => list.includes(kind)) ?? 'words'

function bucketOf(rank: number): number {
  let bucket = 0
  while (bucket + 1 < english.ranks.length && english.ranks[bucket + 1]! <= rank) bucket += 1
  return bucket
}

const englishLists: Lists = { ...common.dictionary, ...en.dictionary }
const englishWords = expected(englishLists)
const frenchWords = expected(fr.dictionary)
// A word that needs as many guesses as bruteforce (10 per character) is never used.
const matters = (word: string, rank: number) => rank < 10 ** word.length
// The French module leaves out the words the English one ranks in the same bucket or better.
const inFrench = (word: string, rank: number) => {
  const english = englishWords.get(word)
  return matters(word, rank) && (english === undefined || bucketOf(english.rank) > bucketOf(rank))
}

const cases: [string, PackedDictionaries, Map<string, { rank: number; list: string }>][] = [
  [
    'en (common + English)',
    english,
    new Map([...englishWords].filter(([w, { rank }]) => matters(w, rank))),
  ],
  ['fr', french, new Map([...frenchWords].filter(([w, { rank }]) => inFrench(w, rank)))],
]

describe.each(cases)('packed dictionaries: %s', (_, packed, words) => {
  const lexicon = new Lexicon(packed)

  it('holds exactly its words, each with its bucket and kind of list', () => {
    // One expect at the end: 200,000 expects would take most of the test's time.
    const wrong: string[] = []
    for (const [word, { rank, list }] of words) {
      const found = lexicon.find(word)
      // Scored with the lowest rank of its bucket: never more guesses than zxcvbn-ts counts.
      if (found === undefined) wrong.push(`${word}: missing`)
      else if (found.rank !== packed.ranks[bucketOf(rank)] || !found.name.includes(kindOf(list)))
        wrong.push(`${word}: ${found.rank} ${found.name} for ${rank} in ${list}`)
    }
    expect(wrong).toEqual([])
    expect(packed.words.match(/[A-Z]/g)?.length).toBe(words.size)
    // The codes are grouped exactly like the words: one per word, groups ended by '~'.
    const sizes = (text: string) => text.split('~').map((group) => group.length)
    const entries = packed.words.split('~').map((group) => group.match(/[A-Z]/g)?.length ?? 0)
    expect(sizes(packed.kinds)).toEqual(entries)
    expect(sizes(packed.buckets)).toEqual(entries)
  })

  it('finds no other word', () => {
    const known = [...words.keys()]
    fc.assert(
      fc.property(
        fc.constantFrom(...known.slice(0, 5000)),
        fc.string({ maxLength: 3 }),
        (word, tail) => {
          const variant = word + tail
          if (!words.has(variant)) expect(lexicon.find(variant)).toBeUndefined()
        },
      ),
      { numRuns: 2000 },
    )
    expect(lexicon.find('')).toBeUndefined()
    expect(lexicon.find('x'.repeat(lexicon.longest + 1))).toBeUndefined()
  })

  it('answers hasPrefix like a scan of the lists', () => {
    const prefixes = new Set<string>()
    for (const word of words.keys())
      for (let end = 1; end <= word.length; end += 1) prefixes.add(word.slice(0, end))
    const sample = [...prefixes].filter((_, n) => n % 97 === 0)
    fc.assert(
      fc.property(fc.constantFrom(...sample), fc.string({ maxLength: 2 }), (prefix, tail) => {
        const candidate = prefix + tail
        expect(lexicon.hasPrefix(candidate), candidate).toBe(prefixes.has(candidate))
      }),
      { numRuns: 3000 },
    )
  })
})

describe('French and English searched together (the fr locale)', () => {
  it('rank every word of the three packages in the bucket of its best rank', () => {
    const sources = [new Lexicon(english), new Lexicon(french)]
    const all = expected({ ...englishLists, ...fr.dictionary })
    const wrong: string[] = []
    for (const [word, { rank }] of all) {
      // The first source wins a tie, as the matchers search them.
      let best: number | undefined
      for (const source of sources) {
        const found = source.find(word)
        if (found !== undefined && (best === undefined || found.rank < best)) best = found.rank
      }
      const want = matters(word, rank) ? english.ranks[bucketOf(rank)] : undefined
      if (best !== want) wrong.push(`${word}: ${best} for ${rank}`)
    }
    expect(wrong).toEqual([])
  })
})

describe('rank buckets', () => {
  it('keep ranks 1 to 10 exact and 100 apart from 101, as the feedback needs', () => {
    expect(english.ranks.slice(0, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect(english.ranks).toContain(11)
    expect(english.ranks).toContain(101)
    expect(english.ranks.every((rank, n) => n === 0 || rank > english.ranks[n - 1]!)).toBe(true)
    expect(french.ranks).toEqual(english.ranks)
  })
})

describe('generated files', () => {
  it('are what the generator writes from the installed packages', () => {
    // Exits 1 (and execFileSync throws) when a committed file differs from a fresh generation.
    expect(() =>
      execFileSync(process.execPath, ['scripts/generate-dictionaries.mjs', '--check'], {
        cwd: new URL('..', import.meta.url),
        stdio: 'pipe',
      }),
    ).not.toThrow()
  })
})
