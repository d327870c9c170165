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
// What the controllers entry exports and the React screens name too: one list, kept there.
export {
  type ActivationStep,
  type ChangePasswordField,
  type ChangePasswordFormErrors,
  type ChecklistItem,
  type ChecklistItemState,
  type ChecklistMessages,
  createSesameClient,
  type FieldError,
  type FocusRequest,
  type ForgotPasswordFormErrors,
  type FormProblem,
  getMessages,
  isProblemError,
  type LifecycleMessages,
  type NewPasswordField,
  type PolicyScreenOptions,
  ProblemError,
  type RequestOptions,
  type ResetCodeField,
  type ResetCodeFormErrors,
  type ResetPasswordResult,
  type ScreenOptions,
  type ServerCheck,
  type SesameClient,
  type SesameClientOptions,
  type SesameReactMessages,
  type SignInField,
  type SignInFormErrors,
  type SignInStep,
  type SignUpField,
  type SignUpFormErrors,
  type VerifyResetTokenResult,
} from './controllers'
export { ForgotPasswordForm, type ForgotPasswordFormProps } from './forgot-password-form'
export type { HeadingLevel } from './lib/heading'
export type { NewPasswordActions, NewPasswordFormState } from './lib/new-password-actions'
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
export { PasswordChecklist, type PasswordChecklistProps } from './password-checklist'
export { PasswordField, type PasswordFieldProps } from './password-field'
export {
  PasswordStrength,
  type PasswordStrengthProps,
  type StrengthLabels,
} from './password-strength'
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
