/**
 * `@sesame/core/strength`: password strength estimate (zxcvbn-ts), dictionaries loaded lazily.
 *
 * @packageDocumentation
 */
export { InputError, isSesameError } from '../errors'
