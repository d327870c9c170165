/**
 * `@sesame/express`: the Express 4 and 5 binding of `@sesame/server` — the password routes,
 * composable middleware, and (re-exported) stores, hashing and problems.
 *
 * @packageDocumentation
 */
import type { Locale } from '@sesame/core'

// Stores, rate limits, problems, the wire contract... every name of @sesame/server.
export * from '@sesame/server'
export * from '@sesame/server/hashing'
export { sendProblem } from '@sesame/server/node'
export { problemErrorHandler } from './error-handler'
export {
  type RequirePasswordUpdateOptions,
  requirePasswordUpdate,
} from './require-password-update'
export {
  type RequestTokenState,
  type RequireResetTokenOptions,
  requireResetToken,
  verifiedResetToken,
} from './require-reset-token'
export { type PasswordResetOptions, type PasswordResetRouter, passwordReset } from './router'
export type { UsersAdapter } from './users'
export { type ValidatePasswordOptions, validatePassword } from './validate-password'

/** @deprecated The locales Sesame ships messages for: use `Locale` from `@sesame/core`. */
export type SupportedLocale = Locale
