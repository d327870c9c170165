import { lowerBound } from './lower-bound'
import type { PackedDictionaries } from './packed'
import type { WordRank, WordSource } from './word-source'

interface Group {
  /** Offsets of the group in the front-coded text: first entry, and its end (`~` or the end). */
  readonly start: number
  readonly end: number
  /** Offset of the group's first word in `kinds` and `buckets` (grouped the same way). */
  readonly codes: number
}

const GROUP_END = '~'

// 'A' (drop 0) to 'Z' (drop 25) start an entry; words never hold ASCII capitals.
const isEntryStart = (code: number): boolean => code >= 65 && code <= 90

function codeValue(code: number): number {
  if (code <= 57) return code - 48 // 0-9
  if (code <= 90) return code - 29 // A-Z
  return code - 87 // a-z
}

function endOf(text: string, from: number): number {
  const end = text.indexOf(GROUP_END, from)
  return end < 0 ? text.length : end
}

/**
 * The packed word lists of a locale, decoded lazily: at load, one `indexOf` per group of words
 * sharing their first two characters finds the groups; a group is decoded the first time a
 * lookup needs it. A password touches a few dozen of the thousands of groups.
 */
export class Lexicon implements WordSource {
  readonly longest: number
  private readonly packed: PackedDictionaries
  private readonly groups = new Map<string, Group>()
  private readonly decoded = new Map<string, readonly string[]>()
  private readonly firsts = new Set<string>()
  private readonly entries: readonly (readonly WordRank[])[]

  constructor(packed: PackedDictionaries) {
    this.packed = packed
    this.longest = packed.longest
    this.entries = packed.names.map((name) => packed.ranks.map((rank) => ({ rank, name })))
    const { words, kinds } = packed
    let start = 0
    let codes = 0
    while (start < words.length) {
      const end = endOf(words, start)
      // The first word is written in full after its 'A': one character long if a capital follows.
      const two = start + 2 < end && !isEntryStart(words.charCodeAt(start + 2))
      const key = words.slice(start + 1, two ? start + 3 : start + 2)
      this.groups.set(key, { start, end, codes })
      this.firsts.add(key.charAt(0))
      start = end + 1
      codes = endOf(kinds, codes) + 1
    }
  }

  hasPrefix(prefix: string): boolean {
    if (prefix.length < 2) return this.firsts.has(prefix)
    const words = this.wordsOf(prefix.slice(0, 2))
    if (words === undefined) return false
    if (prefix.length === 2) return true
    const at = lowerBound(words, prefix)
    return at < words.length && words[at]!.startsWith(prefix)
  }

  find(word: string): WordRank | undefined {
    if (word.length === 0 || word.length > this.longest) return undefined
    const key = word.slice(0, 2)
    const words = this.wordsOf(key)
    if (words === undefined) return undefined
    const at = lowerBound(words, word)
    if (words[at] !== word) return undefined
    const index = this.groups.get(key)!.codes + at
    const kind = codeValue(this.packed.kinds.charCodeAt(index))
    return this.entries[kind]![codeValue(this.packed.buckets.charCodeAt(index))]
  }

  private wordsOf(key: string): readonly string[] | undefined {
    const cached = this.decoded.get(key)
    if (cached !== undefined) return cached
    const group = this.groups.get(key)
    if (group === undefined) return undefined
    const text = this.packed.words
    const words: string[] = []
    let word = ''
    let position = group.start
    while (position < group.end) {
      const keep = word.length - (text.charCodeAt(position) - 65)
      const start = position + 1
      position = start
      while (position < group.end && !isEntryStart(text.charCodeAt(position))) position += 1
      word = word.slice(0, keep) + text.slice(start, position)
      words.push(word)
    }
    this.decoded.set(key, words)
    return words
  }
}
