import { PrefixIndex } from './prefix-index'
import type { WordRank, WordSource } from './word-source'

/** One list of a {@link rankedSource}: its name and its words with their ranks. */
export type RankedList = readonly [name: string, ranks: Iterable<readonly [string, number]>]

/**
 * A small word source held as is, for the word-sequence lists and the user inputs of one call.
 * A word in several lists keeps its best rank (the first list on a tie, as in zxcvbn-ts).
 */
export function rankedSource(lists: Iterable<RankedList>): WordSource {
  const ranks = new Map<string, WordRank>()
  let longest = 0
  for (const [name, words] of lists) {
    for (const [word, rank] of words) {
      const current = ranks.get(word)
      if (current === undefined || rank < current.rank) ranks.set(word, { rank, name })
      longest = Math.max(longest, word.length)
    }
  }
  const index = new PrefixIndex(ranks.keys())
  return {
    longest,
    hasPrefix: (prefix) => index.hasPrefix(prefix),
    find: (word) => ranks.get(word),
  }
}

/** The ranks of a list whose order is its rank (1 = first). */
export function* listRanks(words: readonly string[]): Generator<readonly [string, number]> {
  for (let index = 0; index < words.length; index += 1) yield [words[index]!, index + 1]
}
