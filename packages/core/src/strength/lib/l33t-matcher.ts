import type { L33tMatch, Options } from '@zxcvbn-ts/core'
import { outguessedByBruteforce } from './bruteforce-bound'
import type { Bound } from './dictionary-matcher'
import { l33tVariations } from './l33t-variations'
import { canGrow, type SearchSpace } from './search-space'

interface Substitution {
  readonly text: string
  readonly letters: readonly string[]
}

interface Change {
  readonly letter: string
  readonly substitution: string
}

interface Search {
  readonly password: string
  readonly table: ReadonlyMap<string, readonly Substitution[]>
  readonly space: SearchSpace
  readonly bound: Bound
  /** Best match per `start:end` span: zxcvbn only ever uses the least guessable one of a span. */
  readonly best: Map<string, { match: L33tMatch; cost: number }>
  start: number
  budget: number
}

// Hard bound on explored branches per password: keeps the worst case linear in the input length.
const BRANCH_BUDGET_PER_CHAR = 400
// zxcvbn-ts skips a 4th consecutive identical substitution; keeping it keeps scores aligned.
const MAX_SAME_SUBSTITUTIONS = 3

// Built for each scan: a few dozen entries, next to the dictionary search that follows.
function substitutionsOf(options: Options): Map<string, Substitution[]> {
  const byText = new Map<string, string[]>()
  for (const [letter, texts] of Object.entries(options.l33tTable)) {
    for (const text of texts as readonly string[])
      byText.set(text, [...(byText.get(text) ?? []), letter])
  }
  const table = new Map<string, Substitution[]>()
  for (const [text, letters] of byText) {
    const first = text.charAt(0)
    table.set(first, [...(table.get(first) ?? []), { text, letters }])
  }
  for (const list of table.values()) list.sort((a, b) => b.text.length - a.text.length)
  return table
}

function record(search: Search, end: number, word: string, changes: readonly Change[]): void {
  for (const source of search.space.sources) {
    if (word.length > source.longest) continue
    const found = source.find(word)
    if (found === undefined) continue
    const { rank, name } = found
    const key = `${search.start}:${end}`
    const current = search.best.get(key)
    if (current !== undefined && current.cost <= rank) continue
    const subs: Change[] = []
    const shown = new Set<string>()
    for (const change of changes) {
      const id = `${change.letter}-${change.substitution}`
      if (shown.has(id)) continue
      shown.add(id)
      subs.push({ letter: change.letter, substitution: change.substitution })
    }
    const token = search.password.slice(search.start, end)
    const cost = rank * l33tVariations(token, subs)
    if (
      (current !== undefined && current.cost <= cost) ||
      (search.bound === 'bruteforce' && outguessedByBruteforce(cost, token.length))
    )
      continue
    const match: L33tMatch = {
      pattern: 'dictionary',
      i: search.start,
      j: end - 1,
      token,
      matchedWord: word,
      rank,
      dictionaryName: name,
      reversed: false,
      l33t: true,
      subs,
      subDisplay: subs.map((sub) => `${sub.substitution} -> ${sub.letter}`).join(', '),
    }
    search.best.set(key, { match, cost })
  }
}

function explore(
  search: Search,
  position: number,
  word: string,
  changes: readonly Change[],
  last: string | undefined,
  repeated: number,
): void {
  // zxcvbn-ts ignores one-character l33t tokens ('4' alone is not the word 'a').
  if (changes.length > 0 && position - search.start > 1) record(search, position, word, changes)
  if (position >= search.password.length || word.length >= search.space.longest) return
  if (search.budget <= 0) return
  search.budget -= 1

  // Per character: a whole-string toLowerCase may change the length ('İ') and shift positions.
  const kept = word + search.password.charAt(position).toLowerCase()
  if (canGrow(search.space, kept)) explore(search, position + 1, kept, changes, last, repeated)

  const candidates = search.table.get(search.password.charAt(position))
  if (candidates === undefined) return
  for (const { text, letters } of candidates) {
    if (!search.password.startsWith(text, position)) continue
    if (text === last && repeated >= MAX_SAME_SUBSTITUTIONS) continue
    for (const letter of letters) {
      const next = word + letter
      if (!canGrow(search.space, next)) continue
      explore(
        search,
        position + text.length,
        next,
        [...changes, { letter, substitution: text }],
        text,
        text === last ? repeated + 1 : 1,
      )
    }
  }
}

/** l33t-speak words of `password` found in `space`, the least guessable one per span. */
export function l33tScan(
  password: string,
  space: SearchSpace,
  options: Options,
  bound: Bound = 'bruteforce',
): L33tMatch[] {
  const search: Search = {
    password,
    bound,
    table: substitutionsOf(options),
    space,
    best: new Map(),
    start: 0,
    budget: BRANCH_BUDGET_PER_CHAR * password.length,
  }
  for (let start = 0; start < password.length; start += 1) {
    search.start = start
    explore(search, start, '', [], undefined, 0)
  }
  return [...search.best.values()].map((entry) => entry.match)
}
