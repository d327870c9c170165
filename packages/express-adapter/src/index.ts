/**
 * `@sesame/express`: drop-in Express routes for forgot / verify / reset password, stores and hashing.
 *
 * @packageDocumentation
 */
export {
  type Argon2Params,
  DEFAULT_ARGON2_PARAMS,
  type HashAlgorithm,
  hashAlgorithm,
  hashPassword,
  MAX_PASSWORD_LENGTH,
  needsRehash,
  verifyPassword,
} from './hashing'
export type { FailureCode, HookName, ResetHooks, ResetStep } from './hooks'
export type { SupportedLocale } from './lib/locale'
export {
  type ProblemCode,
  type ProblemDetails,
  problemDetails,
  problemStatus,
  sendProblem,
} from './problem'
export { DEFAULT_RATE_LIMITS, type Limit, type RateLimitOptions } from './rate-limit'
export {
  type RequirePasswordUpdateOptions,
  requirePasswordUpdate,
} from './require-password-update'
export {
  MAX_TOKEN_LENGTH,
  type RequestTokenState,
  type RequireResetTokenOptions,
  requireResetToken,
  type TokenProblemCode,
  verifiedResetToken,
} from './require-reset-token'
export {
  type ResetUrlConfig,
  type ResetUrlInput,
  type ResetUrlOption,
  resetUrlBuilder,
} from './reset-url'
export {
  type PasswordResetOptions,
  type PasswordResetRouter,
  passwordReset,
  type ResetEmail,
} from './router'
export { type MemoryStoreOptions, memoryStore } from './stores/memory'
export {
  fromIoredis,
  fromNodeRedis,
  type IoredisLike,
  type NodeRedisLike,
  type RedisStoreOptions,
  redisStore,
  type SendCommand,
} from './stores/redis'
export type { HitResult, Store } from './stores/types'
export type { ResetTokens, TokenState, VerifiedClaims } from './tokens'
export type { PasswordStatus, UsersAdapter } from './users'
export {
  type FailedCheck,
  type PasswordChecker,
  type ValidatePasswordOptions,
  validatePassword,
} from './validate-password'
