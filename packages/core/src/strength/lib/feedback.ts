/** Keys of the warnings a strength estimate can give (zxcvbn-ts's names). */
export type StrengthWarningKey =
  | 'straightRow'
  | 'keyPattern'
  | 'simpleRepeat'
  | 'extendedRepeat'
  | 'sequences'
  | 'recentYears'
  | 'dates'
  | 'topTen'
  | 'topHundred'
  | 'common'
  | 'similarToCommon'
  | 'wordByItself'
  | 'namesByThemselves'
  | 'commonNames'
  | 'userInputs'
  | 'pwned'

/** Keys of the suggestions a strength estimate can give (zxcvbn-ts's names). */
export type StrengthSuggestionKey =
  | 'l33t'
  | 'reverseWords'
  | 'allUppercase'
  | 'capitalization'
  | 'dates'
  | 'recentYears'
  | 'associatedYears'
  | 'sequences'
  | 'repeated'
  | 'longerKeyboardPattern'
  | 'anotherWord'
  | 'useWords'
  | 'noNeed'
  | 'pwned'

/**
 * The texts of {@link estimateStrength}'s feedback in one locale: plain, JSON-serialisable data
 * (it crosses a worker boundary as is). Every key is required, so a catalogue that misses one
 * fails to compile.
 */
export interface StrengthFeedbackCatalogue {
  /** BCP 47 tag of the texts. */
  readonly locale: string
  readonly strength: {
    readonly warnings: Readonly<Record<StrengthWarningKey, string>>
    readonly suggestions: Readonly<Record<StrengthSuggestionKey, string>>
  }
}

/** The engine answers with zxcvbn-ts's keys (it is given no translations); this writes them out. */
export function localiseFeedback(
  catalogue: StrengthFeedbackCatalogue,
  warning: string | null,
  suggestions: readonly string[],
): { readonly warning: string | null; readonly suggestions: readonly string[] } {
  const texts: { readonly [section: string]: { readonly [key: string]: string | undefined } } =
    catalogue.strength
  return {
    warning: warning === null ? null : (texts.warnings?.[warning] ?? null),
    suggestions: suggestions.flatMap((key) => texts.suggestions?.[key] ?? []),
  }
}
