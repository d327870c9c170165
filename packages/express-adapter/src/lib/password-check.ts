import {
  type Check,
  type CheckAsyncOptions,
  type CheckResult,
  checkPasswordAsync,
  describeCheck,
  type PasswordContext,
  type Policy,
} from '@sesame/core'

/** Evaluates a password on the server; may complete async rules. */
export type PasswordChecker = (
  policy: Policy,
  password: string,
  context: PasswordContext,
) => CheckResult | Promise<CheckResult>

/** A failed check as the 422 problem lists it: the check plus its localised label. */
export type FailedCheck = Check & {
  /** The rule's label in the response locale, e.g. `'2 chiffres'`. */
  readonly label: string
}

/** The default server-side checker: `checkPasswordAsync`, which completes notCommon, strength and breach rules. */
export function defaultChecker(options: CheckAsyncOptions = {}): PasswordChecker {
  return (policy, password, context) => checkPasswordAsync(policy, password, context, options)
}

/** Runs the policy and answers the failed checks with labels (empty when the password passes). */
export async function failedChecks(
  policy: Policy,
  password: string,
  context: PasswordContext,
  locale: string,
  checker: PasswordChecker,
): Promise<FailedCheck[]> {
  const result = await checker(policy, password, context)
  // As in core, a rule left pending (no breach checker configured) is not met: fail closed.
  return result.checks
    .filter((check) => check.met !== true)
    .map((check) => ({ ...check, label: describeCheck(policy, check, locale) }))
}
