/**
 * `@sesame/react/controllers`: the screens' logic without React. Each controller owns its
 * state and everything derived from it (checklist, errors, texts, focus) and publishes a
 * snapshot through `subscribe` / `getSnapshot`, so that a binding for any UI library is a page
 * of code. The React hooks of `@sesame/react` are such a binding.
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
} from '../client'
export type { ChecklistMessages } from '../lib/checklist-messages'
export type { FieldError, FocusRequest } from '../lib/error-summary'
export type { FormProblem } from '../lib/map-problem'
export type { PairFormController } from '../lib/pair-form'
export type {
  PasswordPairActions,
  PasswordPairSnapshot,
  ServerCheck,
} from '../lib/password-pair'
export { readTokenFromHash, removeTokenFromUrl } from '../lib/reset-token-url'
export type { Controller } from '../lib/store'
export { getMessages, type LifecycleMessages, type SesameReactMessages } from '../messages'
export { isProblemError, ProblemError } from '../problem-error'
export {
  type AcceptInvitationController,
  type AcceptInvitationControllerOptions,
  createAcceptInvitationController,
} from './accept-invitation'
export {
  type ActivationController,
  type ActivationControllerOptions,
  type ActivationSnapshot,
  type ActivationStep,
  createActivationController,
} from './activation'
export {
  type ChangePasswordController,
  type ChangePasswordControllerOptions,
  type ChangePasswordField,
  type ChangePasswordFormErrors,
  type ChangePasswordSnapshot,
  createChangePasswordController,
} from './change-password'
export {
  type ChecklistItem,
  type ChecklistItemState,
  evaluateChecklist,
  type PasswordChecklistOptions,
  type PasswordChecklistState,
} from './checklist'
export {
  createForgotPasswordController,
  type ForgotPasswordController,
  type ForgotPasswordControllerOptions,
  type ForgotPasswordFormErrors,
  type ForgotPasswordSnapshot,
} from './forgot-password'
export {
  createNewPasswordController,
  type NewPasswordController,
  type NewPasswordControllerOptions,
  type NewPasswordField,
  type NewPasswordSnapshot,
  type PasswordGrant,
  type ResetPasswordFormErrors,
  type ResetPasswordSubmission,
} from './new-password'
export {
  createResetCodeController,
  type ResetCodeController,
  type ResetCodeControllerOptions,
  type ResetCodeField,
  type ResetCodeFormErrors,
  type ResetCodeSnapshot,
} from './reset-code'
export type { PolicyScreenOptions, ScreenOptions } from './screen-options'
export {
  createSignInController,
  type SignInController,
  type SignInControllerOptions,
  type SignInField,
  type SignInFormErrors,
  type SignInSnapshot,
  type SignInStep,
} from './sign-in'
export {
  createSignUpController,
  type SignUpController,
  type SignUpControllerOptions,
  type SignUpField,
  type SignUpFormErrors,
  type SignUpSnapshot,
} from './sign-up'
