import { type OptionsType, type TranslationKeys, ZxcvbnFactory } from '@zxcvbn-ts/core'
import { dictionaryFeedback } from './dictionary-feedback'
import { FastDictionaryMatcher, FastReverseMatcher } from './dictionary-matcher'
import { FastL33tMatcher } from './l33t-matcher'
import { FastWordSequenceMatcher, wordSequenceFeedback } from './word-sequence-matcher'

/** Word lists of one @zxcvbn-ts language package (common, en, fr). */
export interface DictionaryPack {
  readonly dictionary: OptionsType['dictionary']
}

/** What one estimate returns, before Sesame shapes it. */
export interface EngineResult {
  readonly score: 0 | 1 | 2 | 3 | 4
  readonly guessesLog10: number
  readonly warning: string | null
  readonly suggestions: readonly string[]
}

/** A ready zxcvbn-ts instance for one locale (its dictionaries already ranked). */
export interface Engine {
  check(password: string, userInputs: readonly string[]): EngineResult
}

/** Everything an engine is built from, loaded lazily by `load-engine.ts`. */
export interface EngineInput {
  readonly packs: readonly DictionaryPack[]
  readonly graphs: NonNullable<OptionsType['graphs']>
  readonly translations: TranslationKeys
  /** Longest input in UTF-16 units (the caller already bounded it in code points). */
  readonly maxUnits: number
}

const noScore = (): number => 0
const noFeedback = (): null => null

/**
 * Builds the zxcvbn-ts instance: the library's own scoring, feedback and pattern matchers, except
 * the dictionary, reversed, l33t and word-sequence matchers, replaced by prefix-pruned
 * equivalents (`l33tMaxSubstitutions: 0` is then only a guard: nothing else reads it).
 */
export function createEngine(input: EngineInput): Engine {
  const dictionary: NonNullable<OptionsType['dictionary']> = {}
  for (const pack of input.packs) Object.assign(dictionary, pack.dictionary)
  const zxcvbn = new ZxcvbnFactory(
    {
      dictionary,
      graphs: input.graphs,
      translations: input.translations,
      l33tMaxSubstitutions: 0,
      maxLength: input.maxUnits,
    },
    {
      // Same keys as the built-in matchers, which they replace. Scoring stays zxcvbn-ts's own (it
      // goes by pattern), but feedback goes by key: `dictionary` and `wordSequence` bring theirs.
      dictionary: {
        Matching: FastDictionaryMatcher,
        scoring: noScore,
        feedback: dictionaryFeedback,
      },
      dictionaryReverse: { Matching: FastReverseMatcher, scoring: noScore, feedback: noFeedback },
      dictionaryL33t: { Matching: FastL33tMatcher, scoring: noScore, feedback: noFeedback },
      wordSequence: {
        Matching: FastWordSequenceMatcher,
        scoring: noScore,
        feedback: wordSequenceFeedback,
      },
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
