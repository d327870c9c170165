/**
 * `@sesame/core`: password policy definition and evaluation, checklist, messages, presets,
 * zod schemas and errors.
 *
 * @packageDocumentation
 */
export { loadBlocklist } from './blocklist/load'
export * from './errors'
export type {
  CoreCatalogue,
  CoreTexts,
  PluralCategory,
  PluralText,
  RuleLabelKey,
} from './messages/catalog'
export { formatText } from './messages/catalog'
export {
  type DescribeOptions,
  describeCheck,
  describePolicy,
  mismatchMessage,
  policyHeading,
} from './messages/describe'
export { type LocaleInput, type ResolveLocaleOptions, resolveLocale } from './messages/locale'
export { checkPassword } from './policy/check'
export * from './policy/check-async'
export { confirmationMatches } from './policy/confirmation'
export { definePolicy } from './policy/define'
export { htmlAttributes, type PasswordInputAttributes } from './policy/html-attributes'
export { CONTEXT_STRING_LIMIT, USER_INPUTS_LIMIT } from './policy/input'
export { lintPolicy, type PolicyWarning, type PolicyWarningCode } from './policy/lint'
export { preparePolicy } from './policy/prepare'
export type * from './policy/types'
export { presets } from './presets/index'
export { PATTERN_INPUT_LIMIT } from './rules/matcher'
export {
  type PasswordFormSchemaOptions,
  type PasswordFormValues,
  type PasswordIssueParams,
  type PasswordSchemaOptions,
  passwordFormSchema,
  passwordSchema,
} from './schema/password-schema'
export { type PolicyInput, PolicySchema, policySchema } from './schema/policy-schema'
