import { ConfigError, InputError } from '../errors'
import { resolveLocale } from '../messages/locale'
import { localiseFeedback, type StrengthFeedbackCatalogue } from './lib/feedback'
import { DEFAULT_STRENGTH_MAX_LENGTH } from './lib/limits'
import { loadEngine, MAX_ANALYSED_LENGTH } from './lib/load-engine'
import { feedbackFor } from './lib/load-feedback'
import { scoreStrength } from './lib/score'

export type {
  StrengthFeedbackCatalogue,
  StrengthSuggestionKey,
  StrengthWarningKey,
} from './lib/feedback'
export { DEFAULT_STRENGTH_MAX_LENGTH } from './lib/limits'

/** Options of {@link estimateStrength}. */
export interface StrengthOptions {
  /** Strings the password should not be built from (email, name, site name...). */
  readonly userInputs?: readonly string[]
  /**
   * Language of the feedback and of the extra dictionaries: a BCP 47 tag or a list; default
   * `'en'`. The feedback is negotiated among `feedback` (default: the seven shipped catalogues,
   * `de-AT` → `de`); the dictionaries among English and French, whatever the feedback's language.
   */
  readonly locale?: string | readonly string[]
  /**
   * The feedback catalogues to negotiate among (e.g. your own, or a shipped one with a few texts
   * replaced). Default: the seven shipped ones (`@sesame/core/strength/feedback/<tag>`), of which
   * only the chosen one is imported.
   */
  readonly feedback?: readonly StrengthFeedbackCatalogue[]
  /**
   * Only the first `maxLength` code points (after NFC) are analysed, so that a long input cannot
   * stall a server or a tab. Integer from 1 to 256; default {@link DEFAULT_STRENGTH_MAX_LENGTH}.
   */
  readonly maxLength?: number
}

/** Why a password is weak and what to do about it, in the requested locale. */
export interface StrengthFeedback {
  /** The main problem, or `null` when there is nothing to warn about. */
  readonly warning: string | null
  /** Advice, most useful first (may be empty). */
  readonly suggestions: readonly string[]
}

/** zxcvbn score: 0 too guessable, 1 very guessable, 2 somewhat, 3 safely unguessable, 4 very. */
export type StrengthScore = 0 | 1 | 2 | 3 | 4

/** Outcome of {@link estimateStrength}. */
export interface StrengthResult {
  /** 0 (guessed in under 10³ tries) to 4 (10¹⁰ tries or more). */
  readonly score: StrengthScore
  /** Base-10 logarithm of the estimated number of guesses. */
  readonly guessesLog10: number
  /** Localised warning and suggestions. */
  readonly feedback: StrengthFeedback
  /** `true` when the password was longer than `maxLength` and only its start was analysed. */
  readonly truncated: boolean
  /** Code points analysed (at most `maxLength`). */
  readonly analysedLength: number
}

function maxLengthOf(options: StrengthOptions): number {
  const { maxLength = DEFAULT_STRENGTH_MAX_LENGTH } = options
  if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > MAX_ANALYSED_LENGTH) {
    throw new ConfigError(`maxLength must be an integer from 1 to ${MAX_ANALYSED_LENGTH}`)
  }
  return maxLength
}

function feedbackOf(options: StrengthOptions): readonly StrengthFeedbackCatalogue[] | undefined {
  const { feedback } = options
  if (feedback === undefined) return undefined
  if (!Array.isArray(feedback) || feedback.length === 0) {
    throw new ConfigError('feedback must be a non-empty array of feedback catalogues')
  }
  return feedback
}

function userInputsOf(options: StrengthOptions): readonly string[] {
  const { userInputs = [] } = options
  if (!Array.isArray(userInputs) || userInputs.some((input) => typeof input !== 'string')) {
    throw new InputError('userInputs must be an array of strings')
  }
  return userInputs
}

/**
 * Estimates how guessable a password is with zxcvbn-ts (score 0 to 4, localised feedback).
 *
 * The first call of a locale loads the dictionaries by dynamic import (about 1 MB gzipped) and
 * ranks them once; later calls reuse them. Only the first `maxLength` code points are analysed.
 *
 * Browser: run it in a Web Worker so that the first load never blocks typing, e.g. a worker
 * module `self.onmessage = async (e) => self.postMessage(await estimateStrength(e.data))`
 * created with `new Worker(new URL('./strength.worker.ts', import.meta.url), { type: 'module' })`
 * (Vite, webpack 5 and esbuild split the dictionaries into the worker's own chunks). Server: call
 * it directly; call {@link preloadStrength} at start-up to keep the load off the first request.
 *
 * @throws {@link InputError} when `password` is not a string (or `userInputs` not strings).
 * @throws {@link ConfigError} when `maxLength` is out of range or `feedback` is an empty list.
 */
export async function estimateStrength(
  password: string,
  options: StrengthOptions = {},
): Promise<StrengthResult> {
  if (typeof password !== 'string') throw new InputError('password must be a string')
  const limit = maxLengthOf(options)
  const userInputs = userInputsOf(options)
  const [result, catalogue] = await Promise.all([
    scoreStrength(password, userInputs, resolveLocale(options.locale), limit),
    feedbackFor(options.locale, feedbackOf(options)),
  ])
  return {
    score: result.score,
    guessesLog10: result.guessesLog10,
    feedback: localiseFeedback(catalogue, result.warning, result.suggestions),
    truncated: result.bounded.truncated,
    analysedLength: result.bounded.length,
  }
}

/**
 * Loads and ranks the dictionaries of `locale` now (e.g. at server start or when the password
 * field gets focus), so that the first {@link estimateStrength} answers at full speed.
 */
export async function preloadStrength(locale?: string | readonly string[]): Promise<void> {
  await loadEngine(resolveLocale(locale))
}
