import type { DictionaryMatch } from '@zxcvbn-ts/core'
import { outguessedByBruteforce } from './bruteforce-bound'
import { canGrow, type SearchSpace } from './search-space'

/**
 * `'bruteforce'`: leave out words that bruteforce always beats (see `outguessedByBruteforce`);
 * `'none'`: keep them (word sequences are scored as a whole, not word by word).
 */
export type Bound = 'bruteforce' | 'none'

/**
 * Dictionary words of `password`, one per span: of several words on the same span (same token,
 * so same case variations), zxcvbn-ts only ever keeps the best-ranked, first one on a tie.
 */
export function scan(
  password: string,
  space: SearchSpace,
  bound: Bound = 'bruteforce',
  factor = 1,
): DictionaryMatch[] {
  const matches: DictionaryMatch[] = []
  for (let i = 0; i < password.length; i += 1) {
    let word = ''
    // Stops at the first prefix no word starts with, instead of trying every window up to 23 long.
    for (let j = i; j < password.length && word.length < space.longest; j += 1) {
      word += password.charAt(j).toLowerCase()
      if (!canGrow(space, word)) break
      let best: DictionaryMatch | undefined
      for (const source of space.sources) {
        if (word.length > source.longest) continue
        const found = source.find(word)
        if (
          found === undefined ||
          (best !== undefined && best.rank <= found.rank) ||
          (bound === 'bruteforce' && outguessedByBruteforce(found.rank * factor, word.length))
        )
          continue
        best = {
          pattern: 'dictionary',
          i,
          j,
          token: password.slice(i, j + 1),
          matchedWord: word,
          rank: found.rank,
          dictionaryName: found.name,
          reversed: false,
          l33t: false,
        }
      }
      if (best !== undefined) matches.push(best)
    }
  }
  return matches
}

/** Reversed dictionary words of `password` ('drowssap'), positions in `password`. */
export function reverseScan(
  password: string,
  space: SearchSpace,
  bound: Bound = 'bruteforce',
): DictionaryMatch[] {
  const reversed = password.split('').reverse().join('')
  const last = password.length - 1
  // zxcvbn-ts counts a reversed word twice as guessable as the word itself.
  return scan(reversed, space, bound, 2).map((match) => ({
    ...match,
    token: match.token.split('').reverse().join(''),
    reversed: true,
    i: last - match.j,
    j: last - match.i,
  }))
}
