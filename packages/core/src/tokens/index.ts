/**
 * `@sesame/core/tokens`: signed, single-use password reset tokens.
 *
 * @packageDocumentation
 */
export { ConfigError, isSesameError, ResetTokenError, type ResetTokenErrorCode } from '../errors'
