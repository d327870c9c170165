/**
 * `@sesame/core/breach`: Have I Been Pwned range check (k-anonymity).
 *
 * @packageDocumentation
 */
export { ConfigError, InputError, isSesameError } from '../errors'
export {
  type BreachChecker,
  type BreachCheckerOptions,
  type BreachErrorCode,
  type BreachErrorPolicy,
  type BreachFailure,
  type BreachFetch,
  type BreachResult,
  createBreachChecker,
  PWNED_PASSWORDS_ENDPOINT,
} from './checker'
