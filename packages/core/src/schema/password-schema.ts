import * as z from 'zod'
import { describeCheck, mismatchMessage } from '../messages/describe'
import { checkPassword } from '../policy/check'
import { confirmationMatches } from '../policy/confirmation'
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
  const { prepared, evaluate } = checkerOf(policy, options)
  return z.string().superRefine((password, ctx) => {
    const result = evaluate(password, options.context)
    for (const check of result.checks) {
      if (check.met === true) continue
      ctx.addIssue(issueOf(prepared, check, options.locale))
    }
  })
}

// Both schemas check with the policy prepared once and the blocklist of their options.
function checkerOf(policy: Policy, { blocklist }: { readonly blocklist?: Blocklist | undefined }) {
  // A policy that cannot be evaluated fails here, when the schema is built, not on first input.
  const prepared = preparePolicy(policy)
  const options = blocklist === undefined ? undefined : { blocklist }
  return {
    prepared,
    evaluate: (password: string, context: PasswordContext | undefined) =>
      checkPassword(prepared, password, context, options),
  }
}

// The issue of a check not met: its label, or the one mismatch text for a failed `match`.
function issueOf(
  policy: Policy,
  check: Check,
  locale: string | readonly string[] | undefined,
): { code: 'custom'; message: string; params: PasswordIssueParams } {
  const params: PasswordIssueParams = {
    ruleId: check.id,
    type: check.type,
    pending: check.met === null,
  }
  const message =
    check.type === 'match' ? mismatchMessage(locale) : describeCheck(policy, check, locale)
  return { code: 'custom', message, params }
}

/** Options of {@link passwordFormSchema}: those of {@link passwordSchema}, the confirmation aside. */
export interface PasswordFormSchemaOptions extends Omit<PasswordSchemaOptions, 'context'> {
  /** Email, name... for `notContextual` (the confirmation comes from the form's values). */
  context?: Omit<PasswordContext, 'confirmation'>
}

/** The values of the form that {@link passwordFormSchema} validates. */
export interface PasswordFormValues {
  /** The new password. */
  password: string
  /** Its confirmation. */
  confirmation: string
}

/**
 * A zod object schema for a new-password form, `{ password, confirmation }`, in the library's
 * own words: one issue on `password` per rule not met (every one, not only the first), and the
 * mismatch text ({@link mismatchMessage}) on `confirmation` when the two differ on their NFC
 * forms. A `match` rule of the policy is reported there too, once. Works with react-hook-form's
 * `zodResolver`, TanStack Form, Conform's `parseWithZod` and any Standard Schema consumer.
 */
export function passwordFormSchema(
  policy: Policy,
  options: PasswordFormSchemaOptions = {},
): z.ZodType<PasswordFormValues, PasswordFormValues> {
  const { locale, context } = options
  const { prepared, evaluate } = checkerOf(policy, options)
  return z
    .object({ password: z.string(), confirmation: z.string() })
    .superRefine(({ password, confirmation }, ctx) => {
      const result = evaluate(password, { ...context, confirmation })
      for (const check of result.checks) {
        // The confirmation's own issue below says it.
        if (check.met === true || check.type === 'match') continue
        ctx.addIssue({ ...issueOf(prepared, check, locale), path: ['password'] })
      }
      if (!confirmationMatches(password, confirmation)) {
        const ruleId = result.checks.find((check) => check.type === 'match')?.id ?? 'confirmation'
        const params = { ruleId, type: 'match', pending: false } satisfies PasswordIssueParams
        ctx.addIssue({
          code: 'custom',
          message: mismatchMessage(locale),
          params,
          path: ['confirmation'],
        })
      }
    })
}
