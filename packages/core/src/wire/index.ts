/**
 * `@sesame/core/wire`: the HTTP contract between a Sesame server and its clients, described once —
 * routes and their bodies, problem codes with their statuses and extension members, field bounds.
 * Plain types and a few constants: no zod, safe for any browser bundle.
 *
 * @packageDocumentation
 */
export {
  MAX_EMAIL_LENGTH,
  MAX_LOCALE_LENGTH,
  MAX_PASSWORD_LENGTH,
  MAX_TOKEN_LENGTH,
  normalizeEmail,
} from './fields'
export {
  type FailedCheck,
  type FieldError,
  type FieldReason,
  isProblemCode,
  LINK_REFUSAL_REASONS,
  linkRefusalReason,
  PROBLEM_STATUS,
  type ProblemCode,
  type ProblemDocument,
  type ProblemExtensions,
  TOKEN_PROBLEMS,
  type TokenProblemCode,
} from './problems'
export {
  type ForgotPasswordRequest,
  type ForgotPasswordResponse,
  type ResetPasswordRequest,
  type ResetPasswordResponse,
  ROUTES,
  type RouteName,
  type VerifyResetTokenRequest,
  type VerifyResetTokenResponse,
  type WireRoutes,
} from './routes'
