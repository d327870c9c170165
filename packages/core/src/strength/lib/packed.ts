/**
 * The word lists of one locale as `scripts/generate-dictionaries.mjs` writes them: every word
 * once, sorted and front-coded, with the kind of list and the rank bucket of its best rank.
 */
export interface PackedDictionaries {
  /**
   * Front-coded words: a capital letter (characters to drop from the previous word), then the
   * rest. Words sharing their first two characters form a group, ended by `~`; each group's first
   * word is written in full.
   */
  readonly words: string
  /** One character per word, grouped like `words`: the index in `names` of its kind of list. */
  readonly kinds: string
  /** One character per word, grouped like `words`: the index in `ranks` of its rank bucket. */
  readonly buckets: string
  /** Longest word, in UTF-16 units. */
  readonly longest: number
  /** The dictionary name zxcvbn-ts's feedback sees for each kind of list. */
  readonly names: readonly string[]
  /** Lowest rank of each bucket: the rank a word of that bucket is scored with. */
  readonly ranks: readonly number[]
  /** Word-sequence lists (numbers, days, months...), verbatim, most common first. */
  readonly sequences: Readonly<Record<string, readonly string[]>>
  /** zxcvbn-ts's keyboard adjacency graphs, as JSON (in the English module only). */
  readonly graphs?: string
}
