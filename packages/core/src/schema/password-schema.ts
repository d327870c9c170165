import * as z from 'zod'
import { describeCheck } from '../messages/describe'
import { checkPassword } from '../policy/check'
import { preparePolicy } from '../policy/prepare'
import type { Blocklist, Check, PasswordContext, Policy } from '../policy/types'

/** Options of {@link passwordSchema}. */
export interface PasswordSchemaOptions {
  /** Locale (or tags, or an `Accept-Language` value) of the issue messages. */
  locale?: string | readonly string[]
  /** Email, name, confirmation... for `notContextual` and `match`. */
  context?: PasswordContext
  /** Enables `notCommon` (otherwise that rule fails as pending). */
  blocklist?: Blocklist
}

/** `params` of each issue raised by {@link passwordSchema}. */
export interface PasswordIssueParams {
  /** Id of the rule that is not met. */
  ruleId: string
  /** Type of that rule. */
  type: Check['type']
  /** True when the rule could not be decided synchronously (async rule, no blocklist). */
  pending: boolean
}

/**
 * A zod string schema that runs `checkPassword` and raises one issue per rule not met, with the
 * localised label as message and the rule id in `params`. Pending rules fail too: a server must
 * not accept what it could not check. Works with react-hook-form's `zodResolver` and as a
 * Standard Schema.
 */
export function passwordSchema(
  policy: Policy,
  options: PasswordSchemaOptions = {},
): z.ZodType<string, string> {
  const { locale, context, blocklist } = options
  // A policy that cannot be evaluated fails here, when the schema is built, not on first input.
  const prepared = preparePolicy(policy)
  return z.string().superRefine((password, ctx) => {
    const result = checkPassword(
      prepared,
      password,
      context,
      blocklist === undefined ? undefined : { blocklist },
    )
    for (const check of result.checks) {
      if (check.met === true) continue
      const params: PasswordIssueParams = {
        ruleId: check.id,
        type: check.type,
        pending: check.met === null,
      }
      ctx.addIssue({ code: 'custom', message: describeCheck(prepared, check, locale), params })
    }
  })
}
