/**
 * `@sesame/core/wire`: the HTTP contract between a Sesame server and its clients, described once —
 * routes and their bodies, problem codes with their statuses and extension members, field bounds.
 * Plain types and a few constants: no zod, safe for any browser bundle.
 *
 * @packageDocumentation
 */
export {
  looksLikeEmail,
  MAX_CHALLENGE_LENGTH,
  MAX_EMAIL_LENGTH,
  MAX_LOCALE_LENGTH,
  MAX_NAME_LENGTH,
  MAX_PASSWORD_LENGTH,
  MAX_TOKEN_LENGTH,
  normalizeEmail,
  RESET_CODE_LENGTH,
} from './fields'
export {
  type ChallengeDescriptor,
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
  type ReusedCheck,
  TOKEN_PROBLEMS,
  type TokenProblemCode,
} from './problems'
// Every route, its request and response bodies, and the ROUTES table.
export * from './routes'
