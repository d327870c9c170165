import {
  type CheckAsyncOptions,
  type PasswordContext,
  type Policy,
  preparePolicy,
} from '@sesame/core'
import type { NextFunction, Request, RequestHandler, Response } from 'express'
import { MAX_PASSWORD_LENGTH } from './hashing'
import { readFields } from './lib/fields'
import { asyncHandler } from './lib/handler'
import { requestLocale } from './lib/locale'
import {
  defaultChecker,
  type FailedCheck,
  failedChecks,
  type PasswordChecker,
} from './lib/password-check'
import { sendProblem } from './problem'

export type { FailedCheck, PasswordChecker } from './lib/password-check'

/** Options of {@link validatePassword}. */
export interface ValidatePasswordOptions {
  /** Body field holding the new password. Defaults to `password`. */
  field?: string
  /** Body field holding its confirmation, or `false` when the form has none. Defaults to `confirmation`. */
  confirmationField?: string | false
  /** What the `notContextual` rule compares with: fixed, or computed from the request. */
  context?:
    | PasswordContext
    | ((req: Request, res: Response) => PasswordContext | Promise<PasswordContext>)
  /** Locale of the check labels. Defaults to the request's `Accept-Language` (fr or en). */
  locale?: string
  /** Options of the default evaluation, `checkPasswordAsync` (strength estimator, breach checker, blocklist). */
  checkOptions?: CheckAsyncOptions
  /** Replaces the default evaluation altogether. */
  check?: PasswordChecker
  /** Called with an unexpected error (adapter failure) before the 500 problem is answered. */
  onError?: (error: unknown, req: Request) => void
  /** Called with the failed checks when the password is refused (for audit hooks). */
  onRejected?: (
    code: 'password_policy' | 'confirmation_mismatch',
    req: Request,
    res: Response,
  ) => void
}

/**
 * Middleware for any route that accepts a new password (sign-up, change-password, reset): reads
 * the JSON body, evaluates the policy, then compares the confirmation. A refusal answers a 422
 * problem (`password_policy` with the failed `checks` and their labels, or `confirmation_mismatch`).
 */
export function validatePassword(
  policy: Policy,
  options: ValidatePasswordOptions = {},
): RequestHandler {
  // Pattern rules compiled once, at startup (a policy that is not from definePolicy included).
  const prepared = preparePolicy(policy)
  const field = options.field ?? 'password'
  const confirmationField = options.confirmationField ?? 'confirmation'
  const checker = options.check ?? defaultChecker(options.checkOptions)
  return asyncHandler(async (req: Request, res: Response, next: NextFunction) => {
    const spec: Record<string, { max: number }> = { [field]: { max: MAX_PASSWORD_LENGTH } }
    if (confirmationField !== false) spec[confirmationField] = { max: MAX_PASSWORD_LENGTH }
    const fields = await readFields(req, res, spec)
    if (!fields) return
    const password = fields[field]!
    const confirmation = confirmationField === false ? undefined : fields[confirmationField]!
    const base =
      typeof options.context === 'function'
        ? await options.context(req, res)
        : (options.context ?? {})
    const context: PasswordContext = confirmation === undefined ? base : { ...base, confirmation }
    const locale = options.locale ?? requestLocale(req)
    const failed: FailedCheck[] = await failedChecks(prepared, password, context, locale, checker)
    if (failed.length > 0) {
      options.onRejected?.('password_policy', req, res)
      sendProblem(req, res, 'password_policy', {
        field,
        checks: failed,
        errors: failed.map((check) => ({ field, check: check.id, detail: check.label })),
      })
      return
    }
    if (confirmation !== undefined && confirmation !== password) {
      options.onRejected?.('confirmation_mismatch', req, res)
      sendProblem(req, res, 'confirmation_mismatch', {
        field: confirmationField,
        errors: [{ field: confirmationField, reason: 'mismatch' }],
      })
      return
    }
    next()
  }, options.onError)
}
