/**
 * `@sesame/core/strength`: password strength estimate (zxcvbn-ts), dictionaries loaded lazily.
 *
 * @packageDocumentation
 */
export { ConfigError, InputError, isSesameError } from '../errors'
export {
  DEFAULT_STRENGTH_MAX_LENGTH,
  estimateStrength,
  preloadStrength,
  type StrengthFeedbackCatalogue,
  type StrengthSuggestionKey,
  type StrengthWarningKey,
  type StrengthFeedback,
  type StrengthOptions,
  type StrengthResult,
  type StrengthScore,
} from './estimate'
