import { type PasswordContext, type Policy, preparePolicy } from '@sesame/core'
import {
  checkNewPassword,
  defaultChecker,
  type HandlerOptions,
  MAX_PASSWORD_LENGTH,
  type NewPasswordRefusal,
} from '@sesame/server'
import { nodeRequestCatalogue, writeNodeResponse } from '@sesame/server/node'
import type { NextFunction, Request, RequestHandler, Response } from 'express'
import { readExpressFields } from './lib/fields'
import { problemHandler } from './problem'

/** Options of {@link validatePassword}. */
export interface ValidatePasswordOptions
  extends Pick<
    HandlerOptions<unknown>,
    'checkOptions' | 'check' | 'catalogues' | 'fallbackLocale'
  > {
  /** Body field holding the new password. Defaults to `password`. */
  field?: string
  /** Body field holding its confirmation, or `false` when the form has none. Defaults to `confirmation`. */
  confirmationField?: string | false
  /** What the `notContextual` rule compares with: fixed, or computed from the request. */
  context?:
    | PasswordContext
    | ((req: Request, res: Response) => PasswordContext | Promise<PasswordContext>)
  /** Locale of the check labels. Defaults to the request's `Accept-Language`, negotiated among `catalogues`. */
  locale?: string
  /** Called with an unexpected error (adapter failure) before the 500 problem is answered. */
  onError?: (error: unknown, req: Request) => void
  /** Called when the password is refused (for audit hooks). */
  onRejected?: (code: NewPasswordRefusal['code'], req: Request, res: Response) => void
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
  const check = options.check ?? defaultChecker(options.checkOptions)
  return problemHandler(async (req: Request, res: Response, next: NextFunction) => {
    const bound = { max: MAX_PASSWORD_LENGTH }
    const fields = await readExpressFields(req, res, {
      [field]: bound,
      [confirmationField || field]: bound,
    })
    const context =
      typeof options.context === 'function' ? await options.context(req, res) : options.context
    const refused = await checkNewPassword(prepared, {
      password: fields[field]!,
      confirmation: confirmationField === false ? undefined : fields[confirmationField],
      ...(context ? { context } : {}),
      locale: nodeRequestCatalogue(req, options.locale, options),
      check,
      fields: { password: field, confirmation: confirmationField || undefined },
    })
    if (refused) {
      options.onRejected?.(refused.code, req, res)
      writeNodeResponse(res, refused.response)
      return
    }
    next()
  }, options.onError)
}
