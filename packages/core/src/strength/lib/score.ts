import { DEFAULT_STRENGTH_MAX_LENGTH } from './limits'
import { type DictionaryLocale, loadEngine } from './load-engine'
import { type Bounded, boundPassword } from './truncate'

/** Raw outcome of one estimate, before the public result is shaped. */
export interface Scored {
  readonly score: 0 | 1 | 2 | 3 | 4
  readonly guessesLog10: number
  readonly warning: string | null
  readonly suggestions: readonly string[]
  readonly bounded: Bounded
}

/**
 * The estimate itself, on inputs already validated. Kept apart from `estimate.ts` (and free of
 * imports shared with the main entry) so that `checkPasswordAsync` can import it lazily without
 * making bundlers wrap the main entry's modules for lazy initialisation.
 */
export async function scoreStrength(
  password: string,
  userInputs: readonly string[],
  locale: DictionaryLocale,
  maxLength: number = DEFAULT_STRENGTH_MAX_LENGTH,
): Promise<Scored> {
  const bounded = boundPassword(password, maxLength)
  const engine = await loadEngine(locale)
  const result = engine.check(bounded.text, userInputs)
  return {
    score: result.score,
    guessesLog10: result.guessesLog10,
    warning: result.warning,
    suggestions: result.suggestions,
    bounded,
  }
}
