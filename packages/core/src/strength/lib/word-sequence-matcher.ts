import type {
  DictionaryMatch,
  FeedbackType,
  MatchEstimated,
  Options,
  WordSequenceMatch,
} from '@zxcvbn-ts/core'
import { reverseScan, scan } from './dictionary-matcher'
import { l33tScan } from './l33t-matcher'
import type { SearchSpace } from './search-space'

const SEPARATORS = new Set(['', ' ', '-', '_', '.'])

function joins(password: string, previous: DictionaryMatch, next: DictionaryMatch): boolean {
  const between = password.slice(previous.j + 1, next.i)
  // camelCase: one capital letter between two words.
  const capital =
    between.length === 1 && between === between.toUpperCase() && between !== between.toLowerCase()
  return SEPARATORS.has(between) || capital
}

function mostCommon(names: readonly string[]): string {
  const counts = new Map<string, number>()
  let best = names[0]!
  let bestCount = 0
  for (const name of names) {
    const count = (counts.get(name) ?? 0) + 1
    counts.set(name, count)
    if (count > bestCount) {
      best = name
      bestCount = count
    }
  }
  return best
}

function sequenceOf(password: string, words: readonly DictionaryMatch[]): WordSequenceMatch {
  const first = words[0]!
  const last = words[words.length - 1]!
  return {
    pattern: 'wordSequence',
    i: first.i,
    j: last.j,
    token: password.slice(first.i, last.j + 1),
    words: words.map((word) => word.matchedWord),
    wordCount: words.length,
    dictionaryName: mostCommon(words.map((word) => word.dictionaryName)),
    ascending: words.every((word, n) => n === 0 || word.rank >= words[n - 1]!.rank),
  }
}

// zxcvbn-ts keeps, left to right, the first word of each span that does not overlap the previous.
function nonOverlapping(matches: DictionaryMatch[]): DictionaryMatch[] {
  matches.sort(
    (a, b) =>
      a.i - b.i ||
      a.j - b.j ||
      Number(a.reversed) - Number(b.reversed) ||
      Number(a.l33t) - Number(b.l33t) ||
      a.rank - b.rank,
  )
  const kept: DictionaryMatch[] = []
  for (const match of matches) {
    const previous = kept[kept.length - 1]
    if (previous === undefined || match.i > previous.j) kept.push(match)
  }
  return kept
}

/** Word sequences ('onetwothree', 'MondayTuesday') as zxcvbn-ts finds them, on pruned scans. */
export function wordSequences(
  password: string,
  space: SearchSpace,
  options: Options,
): WordSequenceMatch[] {
  const words = nonOverlapping([
    ...scan(password, space, 'none'),
    ...l33tScan(password, space, options, 'none'),
    ...reverseScan(password, space, 'none'),
  ])
  const sequences: WordSequenceMatch[] = []
  for (let start = 0; start < words.length; start += 1) {
    let current = [words[start]!]
    let end = words[start]!.j
    for (let next = start + 1; next < words.length; next += 1) {
      const word = words[next]!
      if (joins(password, current[current.length - 1]!, word)) {
        current.push(word)
        end = word.j
      } else if (word.i > end) {
        if (current.length > 1) sequences.push(sequenceOf(password, current))
        current = [word]
        end = word.j
      }
    }
    if (current.length > 1) sequences.push(sequenceOf(password, current))
  }
  return sequences
}

/** zxcvbn-ts's word-sequence feedback (registering a matcher under that key replaces it). */
export function wordSequenceFeedback(options: Options, match: MatchEstimated): FeedbackType | null {
  if (match.pattern !== 'wordSequence') return null
  const { wordCount, ascending } = match as WordSequenceMatch & MatchEstimated
  const { warnings, suggestions } = options.translations
  return {
    warning: wordCount >= 3 ? warnings.sequences : null,
    suggestions: [
      ascending ? suggestions.sequences : suggestions.anotherWord,
      ...(wordCount > 2 ? [suggestions.useWords] : []),
    ],
  }
}
