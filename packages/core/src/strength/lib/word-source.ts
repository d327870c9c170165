/** A word's rank (1 = most common) and the dictionary name zxcvbn-ts's feedback goes by. */
export interface WordRank {
  readonly rank: number
  readonly name: string
}

/** Somewhere the matchers look words up: a packed lexicon, a word-sequence list, user inputs. */
export interface WordSource {
  /** Longest word: no longer substring needs looking up. */
  readonly longest: number
  /** True when some word starts with `prefix` (not empty). */
  hasPrefix(prefix: string): boolean
  /** The best rank of `word` (lowercase), or `undefined` when it is not a word of the source. */
  find(word: string): WordRank | undefined
}
