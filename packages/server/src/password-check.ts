import {
  type CheckAsyncOptions,
  type CheckResult,
  checkPasswordAsync,
  confirmationMatches,
  describeCheck,
  type PasswordContext,
  type Policy,
} from '@sesame/core'
import type { FailedCheck } from '@sesame/core/wire'
import { type ProblemLocale, problemResponse, serverCatalogue } from './problems'
import type { SesameResponse } from './request'

/** Evaluates a password on the server; may complete async rules. */
export type PasswordChecker = (
  policy: Policy,
  password: string,
  context: PasswordContext,
) => CheckResult | Promise<CheckResult>

/** The default server-side checker: `checkPasswordAsync`, which completes notCommon, strength and breach rules. */
export function defaultChecker(options: CheckAsyncOptions = {}): PasswordChecker {
  return (policy, password, context) => checkPasswordAsync(policy, password, context, options)
}

/** What {@link checkNewPassword} needs beside the policy. */
export interface NewPasswordInput {
  /** The new password. */
  readonly password: string
  /** Its confirmation, when the form has one. */
  readonly confirmation?: string | undefined
  /** What `notContextual` compares with. */
  readonly context?: PasswordContext
  /** Locale of the check labels and problem: a tag (among the shipped catalogues) or a catalogue. */
  readonly locale: ProblemLocale
  /** The evaluation (default {@link defaultChecker}). */
  readonly check?: PasswordChecker
  /** Body field names used in the problem (`password`, `confirmation` by default). */
  readonly fields?: { readonly password?: string; readonly confirmation?: string | undefined }
}

/** A refused new password: the problem's code and the 422 response to answer. */
export interface NewPasswordRefusal {
  /** Why it was refused. */
  readonly code: 'password_policy' | 'confirmation_mismatch'
  /** The problem response. */
  readonly response: SesameResponse
}

/**
 * Evaluates a new password, then compares the confirmation: null when both pass, else the 422
 * problem (`password_policy` with the failed `checks` and their labels, or `confirmation_mismatch`).
 * The confirmation is compared on NFC forms (`confirmationMatches`); a password holding a lone
 * surrogate or an invisible character fails the implicit `wellFormed` check, before any hashing.
 * A rule left pending (no breach checker configured) is not met: it fails closed.
 */
export async function checkNewPassword(
  policy: Policy,
  input: NewPasswordInput,
): Promise<NewPasswordRefusal | null> {
  const field = input.fields?.password ?? 'password'
  const confirmationField = input.fields?.confirmation ?? 'confirmation'
  const base = input.context ?? {}
  const context: PasswordContext =
    input.confirmation === undefined ? base : { ...base, confirmation: input.confirmation }
  const result = await (input.check ?? defaultChecker())(policy, input.password, context)
  const catalogue = serverCatalogue(input.locale)
  const labels = { catalogues: [catalogue] }
  const failed: FailedCheck[] = result.checks
    .filter((check) => check.met !== true)
    .map((check) => ({ ...check, label: describeCheck(policy, check, catalogue.locale, labels) }))
  if (failed.length > 0) {
    const response = problemResponse('password_policy', catalogue, {
      field,
      checks: failed,
      errors: failed.map((check) => ({ field, check: check.id, detail: check.label })),
    })
    return { code: 'password_policy', response }
  }
  if (
    input.confirmation !== undefined &&
    !confirmationMatches(input.password, input.confirmation)
  ) {
    const response = problemResponse('confirmation_mismatch', catalogue, {
      field: confirmationField,
      errors: [{ field: confirmationField, reason: 'mismatch' }],
    })
    return { code: 'confirmation_mismatch', response }
  }
  return null
}
