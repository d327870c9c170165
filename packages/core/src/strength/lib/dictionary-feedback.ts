import type { DictionaryMatch, FeedbackType, MatchEstimated, Options } from '@zxcvbn-ts/core'

// The character classes zxcvbn-ts uses for capitalisation advice (Latin-1 capitals included).
const CAPITALISED = /^[A-Z\xbf-\xdf][^A-Z\xbf-\xdf]+$/
const NO_LOWERCASE = /^[^a-z\xdf-\xff]+$/

function warningOf(
  options: Options,
  match: DictionaryMatch & MatchEstimated,
  sole: boolean,
): string | null {
  const { warnings } = options.translations
  const name = match.dictionaryName.toLowerCase()
  if (name.includes('passwords')) {
    if (sole && !match.l33t && !match.reversed) {
      if (match.rank <= 10) return warnings.topTen
      return match.rank <= 100 ? warnings.topHundred : warnings.common
    }
    return match.guessesLog10 <= 4 ? warnings.similarToCommon : null
  }
  if (name.includes('wikipedia')) return sole ? warnings.wordByItself : null
  if (name.includes('names')) return sole ? warnings.namesByThemselves : warnings.commonNames
  if (name.includes('userinputs')) return warnings.userInputs
  return null
}

/**
 * zxcvbn-ts's feedback for dictionary words, same wording and rules: registering Sesame's
 * dictionary matcher under the `dictionary` key replaces the library's feedback too.
 */
export function dictionaryFeedback(
  options: Options,
  match: MatchEstimated,
  sole = false,
): FeedbackType | null {
  if (match.pattern !== 'dictionary') return null
  const word = match as DictionaryMatch & MatchEstimated
  const { suggestions } = options.translations
  const advice: string[] = []
  if (CAPITALISED.test(word.token)) advice.push(suggestions.capitalization)
  else if (NO_LOWERCASE.test(word.token) && word.token.toLowerCase() !== word.token) {
    advice.push(suggestions.allUppercase)
  }
  if (word.reversed && word.token.length >= 4) advice.push(suggestions.reverseWords)
  if (word.l33t) advice.push(suggestions.l33t)
  return { warning: warningOf(options, word, sole), suggestions: advice }
}
