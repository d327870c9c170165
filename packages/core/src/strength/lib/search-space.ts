import type { Options, RankedDictionary, UserInputsOptions } from '@zxcvbn-ts/core'
import { PrefixIndex } from './prefix-index'

/** One ranked word list, with its longest word. */
export interface Dictionary {
  readonly name: string
  readonly ranks: RankedDictionary
  readonly longest: number
}

/** The word lists a matcher looks words up in, and the prefix indexes that prune the search. */
export interface SearchSpace {
  readonly dictionaries: readonly Dictionary[]
  readonly indexes: readonly PrefixIndex[]
  /** Longest word of any list: no match can be longer. */
  readonly longest: number
}

// Reads the original word arrays: listing the keys of 200,000-entry rank objects is far slower.
function* wordsOf(options: Options, dictionaries: readonly Dictionary[]): Generator<string> {
  for (const { name } of dictionaries) {
    for (const word of options.dictionary[name] ?? []) yield String(word)
  }
}

// Built once per zxcvbn-ts Options (so once per locale) and reused by every call.
const spaces = new WeakMap<Options, SearchSpace>()

function baseSpace(options: Options): SearchSpace {
  let space = spaces.get(options)
  if (space === undefined) {
    const dictionaries = Object.entries(options.rankedDictionaries).map(([name, ranks]) => ({
      name,
      ranks,
      longest: options.rankedDictionariesMaxWordSize[name] ?? 0,
    }))
    space = {
      dictionaries,
      indexes: [new PrefixIndex(wordsOf(options, dictionaries))],
      longest: Math.max(0, ...dictionaries.map((dictionary) => dictionary.longest)),
    }
    spaces.set(options, space)
  }
  return space
}

/** The search space of one call: the locale's lists plus this call's user inputs, if any. */
export function searchSpace(
  options: Options,
  userInputs: UserInputsOptions | undefined,
): SearchSpace {
  const base = baseSpace(options)
  const ranks = userInputs?.rankedDictionary
  if (ranks === undefined || Object.keys(ranks).length === 0) return base
  const longest = userInputs?.rankedDictionaryMaxWordSize ?? 0
  return {
    dictionaries: [
      ...base.dictionaries.filter((dictionary) => dictionary.name !== 'userInputs'),
      { name: 'userInputs', ranks, longest },
    ],
    indexes: [...base.indexes, new PrefixIndex(Object.keys(ranks))],
    longest: Math.max(base.longest, longest),
  }
}

/** True when some word of the space starts with `prefix`. */
export function canGrow(space: SearchSpace, prefix: string): boolean {
  return space.indexes.some((index) => index.hasPrefix(prefix))
}

const sequenceSpaces = new WeakMap<Options, SearchSpace>()

/** Only the word-sequence lists (numbers, days, months, planets...), as zxcvbn-ts selects them. */
export function wordSequenceSpace(options: Options): SearchSpace {
  let space = sequenceSpaces.get(options)
  if (space === undefined) {
    const dictionaries = baseSpace(options).dictionaries.filter((dictionary) =>
      options.isWordSequence(dictionary.name),
    )
    space = {
      dictionaries,
      indexes: [new PrefixIndex(wordsOf(options, dictionaries))],
      longest: Math.max(0, ...dictionaries.map((dictionary) => dictionary.longest)),
    }
    sequenceSpaces.set(options, space)
  }
  return space
}
