/**
 * `@sesame/core/blocklist`: the offline list of common passwords behind the `notCommon` rule.
 *
 * @packageDocumentation
 */
export { InputError, isSesameError } from '../errors'
