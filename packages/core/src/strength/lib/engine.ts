import {
  MatcherBaseClass,
  type MatchOptions,
  type OptionsType,
  ZxcvbnFactory,
} from '@zxcvbn-ts/core'
import { dictionaryFeedback } from './dictionary-feedback'
import { reverseScan, scan } from './dictionary-matcher'
import { l33tScan } from './l33t-matcher'
import { Lexicon } from './lexicon'
import type { PackedDictionaries } from './packed'
import { listRanks, rankedSource } from './ranked-source'
import { SearchSpaces } from './search-space'
import { wordSequenceFeedback, wordSequences } from './word-sequence-matcher'

/**
 * What one estimate returns, before Sesame shapes it. The engine is given no translations, so
 * zxcvbn-ts answers with its keys (`topTen`, `useWords`...): `localiseFeedback` writes them out in
 * the locale asked for, whatever dictionaries scored the password.
 */
export interface EngineResult {
  readonly score: 0 | 1 | 2 | 3 | 4
  readonly guessesLog10: number
  readonly warning: string | null
  readonly suggestions: readonly string[]
}

/** A ready zxcvbn-ts instance for one locale. */
export interface Engine {
  check(password: string, userInputs: readonly string[]): EngineResult
}

/** Everything an engine is built from, loaded lazily by `load-engine.ts`. */
export interface EngineInput {
  /** The packed lists of the locale, in zxcvbn-ts's dictionary order (common and English first). */
  readonly packs: readonly PackedDictionaries[]
  readonly graphs: NonNullable<OptionsType['graphs']>
  /** Longest input in UTF-16 units (the caller already bounded it in code points). */
  readonly maxUnits: number
}

const noScore = (): number => 0
const noFeedback = (): null => null

/**
 * Builds the zxcvbn-ts instance: the library's own scoring, feedback and pattern matchers, except
 * the dictionary, reversed, l33t and word-sequence matchers, replaced by prefix-pruned
 * equivalents over Sesame's packed lists (so zxcvbn-ts itself is given no dictionary to rank,
 * and `l33tMaxSubstitutions: 0` is only a guard: nothing else reads it).
 */
export function createEngine(input: EngineInput): Engine {
  const sequences = rankedSource(
    input.packs.flatMap((pack) =>
      Object.entries(pack.sequences).map(([name, words]) => [name, listRanks(words)] as const),
    ),
  )
  const spaces = new SearchSpaces(
    input.packs.map((pack) => new Lexicon(pack)),
    sequences,
  )
  class Dictionary extends MatcherBaseClass {
    match({ password, userInputsOptions }: MatchOptions) {
      return scan(password, spaces.of(userInputsOptions))
    }
  }
  class Reverse extends MatcherBaseClass {
    match({ password, userInputsOptions }: MatchOptions) {
      return reverseScan(password, spaces.of(userInputsOptions))
    }
  }
  class L33t extends MatcherBaseClass {
    match({ password, userInputsOptions }: MatchOptions) {
      return l33tScan(password, spaces.of(userInputsOptions), this.options)
    }
  }
  class WordSequence extends MatcherBaseClass {
    match({ password }: MatchOptions) {
      return wordSequences(password, spaces.sequences, this.options)
    }
  }
  const zxcvbn = new ZxcvbnFactory(
    {
      graphs: input.graphs,
      l33tMaxSubstitutions: 0,
      maxLength: input.maxUnits,
    },
    {
      // Same keys as the built-in matchers, which they replace. Scoring stays zxcvbn-ts's own (it
      // goes by pattern), but feedback goes by key: `dictionary` and `wordSequence` bring theirs.
      dictionary: { Matching: Dictionary, scoring: noScore, feedback: dictionaryFeedback },
      dictionaryReverse: { Matching: Reverse, scoring: noScore, feedback: noFeedback },
      dictionaryL33t: { Matching: L33t, scoring: noScore, feedback: noFeedback },
      wordSequence: { Matching: WordSequence, scoring: noScore, feedback: wordSequenceFeedback },
    },
  )
  return {
    check(password, userInputs) {
      const result = zxcvbn.check(password, [...userInputs])
      return {
        score: result.score,
        guessesLog10: result.guessesLog10,
        warning: result.feedback.warning === '' ? null : result.feedback.warning,
        suggestions: result.feedback.suggestions,
      }
    },
  }
}
