/**
 * `@sesame/react`: hooks and accessible components for the live password checklist and the
 * set/reset-password screens.
 *
 * @packageDocumentation
 */
export {
  createSesameClient,
  type RequestOptions,
  type ResetPasswordResult,
  type SesameClient,
  type SesameClientOptions,
  type VerifyResetTokenResult,
} from './client'
export type { ChecklistItem, ChecklistItemState } from './controllers/checklist'
export type { ForgotPasswordFormErrors } from './controllers/forgot-password'
export type { NewPasswordField } from './controllers/new-password'
export { ForgotPasswordForm, type ForgotPasswordFormProps } from './forgot-password-form'
export type { ChecklistMessages } from './lib/checklist-messages'
export type { FieldError, FocusRequest } from './lib/error-summary'
export type { HeadingLevel } from './lib/heading'
export {
  type SesameLocale,
  SesameLocaleProvider,
  type SesameLocaleProviderProps,
  useSesameLocale,
} from './locale-context'
export type {
  CataloguePart,
  ReactCatalogue,
  ReactChecklistTexts,
  ReactFormTexts,
  ReactStrengthTexts,
  ReactTexts,
} from './locales/types'
export { getMessages, type SesameReactMessages } from './messages'
export { PasswordChecklist, type PasswordChecklistProps } from './password-checklist'
export { PasswordField, type PasswordFieldProps } from './password-field'
export {
  PasswordStrength,
  type PasswordStrengthProps,
  type StrengthLabels,
} from './password-strength'
export { isProblemError, ProblemError } from './problem-error'
export { ResetPasswordForm, type ResetPasswordFormProps } from './reset-password-form'
export {
  type BreachCheckState,
  type UseBreachCheckOptions,
  useBreachCheck,
} from './use-breach-check'
export {
  type ForgotPasswordFormOptions,
  type ForgotPasswordFormState,
  useForgotPasswordForm,
} from './use-forgot-password-form'
export {
  type PasswordChecklistOptions,
  type PasswordChecklistState,
  usePasswordChecklist,
} from './use-password-checklist'
export { type PolicyState, type UsePolicyOptions, usePolicy } from './use-policy'
export {
  type ResetPasswordFormErrors,
  type ResetPasswordFormOptions,
  type ResetPasswordFormState,
  type ResetPasswordSubmission,
  useResetPasswordForm,
} from './use-reset-password-form'
export {
  type StrengthState,
  type StrengthWorkerOption,
  type UseStrengthOptions,
  useStrength,
} from './use-strength'
