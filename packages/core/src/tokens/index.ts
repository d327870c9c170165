/**
 * `@sesame/core/tokens`: signed, single-use password reset tokens, built on jose.
 *
 * @packageDocumentation
 */
export {
  ConfigError,
  InputError,
  isSesameError,
  ResetTokenError,
  type ResetTokenErrorCode,
} from '../errors'
export { createResetTokens } from './create'
export { TOKEN_TYPE } from './lib/constants'
export { peekResetToken } from './peek'
export type {
  AsymmetricKeyConfig,
  AsymmetricKeyInput,
  CryptoKeyLike,
  EncryptionOptions,
  IssuedResetToken,
  IssueResetTokenInput,
  JsonWebKeyLike,
  KeyConfig,
  KeyObjectLike,
  PeekedResetToken,
  ResetTokenAlgorithm,
  ResetTokenClaims,
  ResetTokens,
  ResetTokensOptions,
  SecretInput,
  SecretKeyConfig,
  StateResolver,
  VerifyResetTokenOptions,
} from './types'
