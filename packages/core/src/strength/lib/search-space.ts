import type { UserInputsOptions } from '@zxcvbn-ts/core'
import { rankedSource } from './ranked-source'
import type { WordSource } from './word-source'

/** The word sources a matcher looks words up in, in zxcvbn-ts's dictionary order. */
export interface SearchSpace {
  readonly sources: readonly WordSource[]
  /** Longest word of any source: no match can be longer. */
  readonly longest: number
}

/** A search space over `sources`. */
export function spaceOf(sources: readonly WordSource[]): SearchSpace {
  return { sources, longest: Math.max(0, ...sources.map((source) => source.longest)) }
}

/** True when some word of the space starts with `prefix`. */
export function canGrow(space: SearchSpace, prefix: string): boolean {
  return space.sources.some((source) => source.hasPrefix(prefix))
}

/**
 * The search spaces of one engine: the locale's words, and per call the same plus that call's
 * user inputs (zxcvbn-ts hands each matcher the same `userInputsOptions` object during a call).
 */
export class SearchSpaces {
  /** Every word list of the locale. */
  readonly base: SearchSpace
  /** Only the word-sequence lists (numbers, days, months, planets...). */
  readonly sequences: SearchSpace
  private readonly perCall = new WeakMap<UserInputsOptions, SearchSpace>()

  constructor(words: readonly WordSource[], sequences: WordSource) {
    this.base = spaceOf([...words, sequences])
    this.sequences = spaceOf([sequences])
  }

  /** The search space of one call: the locale's lists plus this call's user inputs, if any. */
  of(userInputs: UserInputsOptions | undefined): SearchSpace {
    const ranks = userInputs?.rankedDictionary
    if (userInputs === undefined || ranks === undefined || Object.keys(ranks).length === 0)
      return this.base
    let space = this.perCall.get(userInputs)
    if (space === undefined) {
      space = spaceOf([...this.base.sources, rankedSource([['userInputs', Object.entries(ranks)]])])
      this.perCall.set(userInputs, space)
    }
    return space
  }
}
