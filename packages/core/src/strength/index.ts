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
  type StrengthFeedback,
  type StrengthFeedbackCatalogue,
  type StrengthOptions,
  type StrengthResult,
  type StrengthScore,
  type StrengthSuggestionKey,
  type StrengthWarningKey,
} from './estimate'
