/**
 * `@sesame/server`: the password flows (sign-in, forgot, verify, reset, change) as one framework-neutral handler —
 * `handler.fetch(request)` for any Fetch runtime, `handler.handle()` for bindings — with stores,
 * rate limits, RFC 9457 problems and the wire contract. Hashing lives in `@sesame/server/hashing`.
 *
 * @packageDocumentation
 */
export * from '@sesame/core/wire'
export { bearerToken } from './bearer'
export { plainName } from './emails/plain-text'
export type * from './emails/types'
export { fromFetchRequest, toFetchResponse, webBodyStream } from './fetch'
export type { Invitation, InviteInput } from './flows/invite'
export { createHandler, type FetchOptions, type SesameHandler } from './handler'
// Type only: the main entry never loads the native hashing module.
export type { Hasher } from './hashing/argon2'
export type { FailureCode, HookName, ResetHooks, ResetStep } from './hooks'
export { BODY_LIMIT, readJsonBody } from './lib/body'
export { type FieldSpec, type FieldValues, readFields } from './lib/fields'
export { Refusal } from './lib/refusal'
export { DEFAULT_THROTTLE } from './lib/throttle'
export type * from './locales/types'
export type {
  ChallengeContext,
  ChallengeHook,
  HandlerOptions,
  HashingLimits,
  ResetEmail,
  ThrottleOptions,
} from './options'
export {
  checkNewPassword,
  defaultChecker,
  type NewPasswordInput,
  type NewPasswordRefusal,
  type PasswordChecker,
} from './password-check'
export { type PasswordUpdateOptions, passwordUpdateResponse } from './password-update'
export { PROBLEM_MESSAGES, SERVER_CHECK_LABELS } from './problem-messages'
export {
  type LocaleOptions,
  type ProblemDetails,
  type ProblemLocale,
  problemDetails,
  problemResponse,
  problemStatus,
  requestCatalogue,
  requestLocale,
  serverCatalogue,
} from './problems'
export { DEFAULT_RATE_LIMITS, type Limit, type RateLimitOptions } from './rate-limit'
export type {
  BodyStream,
  RequestBody,
  ResponseHeaders,
  SesameRequest,
  SesameResponse,
} from './request'
export { DEFAULT_RESET_CODE_LIMITS, type ResetCodeOptions } from './reset-codes'
export {
  type ResetUrlConfig,
  type ResetUrlInput,
  type ResetUrlOption,
  resetUrlBuilder,
} from './reset-url'
export type { RouteInfo, RouteMatch } from './routes'
export { type MemoryStore, type MemoryStoreOptions, memoryStore } from './stores/memory'
export {
  fromIoredis,
  fromNodeRedis,
  type IoredisLike,
  type NodeRedisLike,
  type RedisStoreOptions,
  redisStore,
  type SendCommand,
} from './stores/redis'
export { type HitResult, MAX_STORE_KEY_LENGTH, type Store } from './stores/types'
export { checkResetToken, type TokenCheck } from './token-check'
export type { ResetTokens, TokenState, VerifiedClaims } from './tokens'
export type {
  HashReplacement,
  NewAccount,
  PasswordStatus,
  RevokeSessionsContext,
  SignInContext,
  UsersAdapter,
} from './users'
