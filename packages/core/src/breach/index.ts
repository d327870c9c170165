/**
 * `@sesame/core/breach`: Have I Been Pwned range check (k-anonymity).
 *
 * @packageDocumentation
 */
export { ConfigError, isSesameError } from '../errors'
