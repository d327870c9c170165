/**
 * `@sesame/react`: hooks and accessible components for the live password checklist and every
 * screen of the password lifecycle: sign-in (with the migrated-account update), forgot, reset,
 * enter the code, sign-up, activation, invitation and change password.
 *
 * @packageDocumentation
 */

export {
  AcceptInvitationForm,
  type AcceptInvitationFormProps,
} from './accept-invitation-form'
export { ActivationView, type ActivationViewProps } from './activation-view'
export { ChangePasswordForm, type ChangePasswordFormProps } from './change-password-form'
export {
  createSesameClient,
  type RequestOptions,
  type ResetPasswordResult,
  type SesameClient,
  type SesameClientOptions,
  type VerifyResetTokenResult,
} from './client'
export type { ActivationStep } from './controllers/activation'
export type {
  ChangePasswordField,
  ChangePasswordFormErrors,
} from './controllers/change-password'
export type { ChecklistItem, ChecklistItemState } from './controllers/checklist'
export type { ForgotPasswordFormErrors } from './controllers/forgot-password'
export type { NewPasswordField } from './controllers/new-password'
export type { ResetCodeField, ResetCodeFormErrors } from './controllers/reset-code'
export type { SignInField, SignInFormErrors, SignInStep } from './controllers/sign-in'
export type { SignUpField, SignUpFormErrors } from './controllers/sign-up'
export { ForgotPasswordForm, type ForgotPasswordFormProps } from './forgot-password-form'
export type { ChecklistMessages } from './lib/checklist-messages'
export type { FieldError, FocusRequest } from './lib/error-summary'
export type { HeadingLevel } from './lib/heading'
export type { FormProblem } from './lib/map-problem'
export type { NewPasswordActions, NewPasswordFormState } from './lib/new-password-actions'
export type { ServerCheck } from './lib/password-pair'
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
  ReactLifecycleTemplates,
  ReactLifecycleTexts,
  ReactStrengthTexts,
  ReactTexts,
} from './locales/types'
export { getMessages, type LifecycleMessages, type SesameReactMessages } from './messages'
export { PasswordChecklist, type PasswordChecklistProps } from './password-checklist'
export { PasswordField, type PasswordFieldProps } from './password-field'
export {
  PasswordStrength,
  type PasswordStrengthProps,
  type StrengthLabels,
} from './password-strength'
export { isProblemError, ProblemError } from './problem-error'
export { ResetCodeForm, type ResetCodeFormProps } from './reset-code-form'
export { ResetPasswordForm, type ResetPasswordFormProps } from './reset-password-form'
export { SignInForm, type SignInFormProps } from './sign-in-form'
export { SignUpForm, type SignUpFormProps } from './sign-up-form'
export {
  type AcceptInvitationFormOptions,
  type AcceptInvitationFormState,
  useAcceptInvitationForm,
} from './use-accept-invitation-form'
export { type ActivationOptions, type ActivationState, useActivation } from './use-activation'
export {
  type BreachCheckState,
  type UseBreachCheckOptions,
  useBreachCheck,
} from './use-breach-check'
export {
  type ChangePasswordFormOptions,
  type ChangePasswordFormState,
  useChangePasswordForm,
} from './use-change-password-form'
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
  type ResetCodeFormOptions,
  type ResetCodeFormState,
  useResetCodeForm,
} from './use-reset-code-form'
export {
  type ResetPasswordFormErrors,
  type ResetPasswordFormOptions,
  type ResetPasswordFormState,
  type ResetPasswordSubmission,
  useResetPasswordForm,
} from './use-reset-password-form'
export { type SignInFormOptions, type SignInFormState, useSignInForm } from './use-sign-in-form'
export { type SignUpFormOptions, type SignUpFormState, useSignUpForm } from './use-sign-up-form'
export {
  type StrengthState,
  type StrengthWorkerOption,
  type UseStrengthOptions,
  useStrength,
} from './use-strength'
