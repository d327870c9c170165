import {
  createNewPasswordController,
  type NewPasswordControllerOptions,
  type NewPasswordSnapshot,
} from './controllers/new-password'
import { type NewPasswordActions, newPasswordActions } from './lib/new-password-actions'
import { useController } from './lib/use-controller'
import { useLinkToken } from './lib/use-link-token'
import { useLocaleDefaults } from './locale-context'

export type { ResetPasswordFormErrors, ResetPasswordSubmission } from './controllers/new-password'

/** Options of {@link useResetPasswordForm}: the controller's, plus where the token comes from. */
export interface ResetPasswordFormOptions extends NewPasswordControllerOptions {
  /**
   * The reset token. Default: read once from the URL fragment (`#token=…`) after mount, then
   * removed from the address bar with `history.replaceState`.
   */
  token?: string
}

/** What {@link useResetPasswordForm} returns: the controller's snapshot and its actions. */
export interface ResetPasswordFormState extends NewPasswordSnapshot, NewPasswordActions {
  /** Verifies the link again (after a network failure). */
  readonly retry: () => void
}

/**
 * The reset screen's logic ("Mettre à jour mon mot de passe"), bound to React: the
 * `createNewPasswordController` of `@sesame/react/controllers`, with the token read from the URL
 * fragment and removed from the address bar. Render it with {@link ResetPasswordForm} or your
 * own markup.
 */
export function useResetPasswordForm(options: ResetPasswordFormOptions): ResetPasswordFormState {
  const [controller, snapshot] = useController(
    createNewPasswordController,
    useLocaleDefaults(options),
  )
  useLinkToken(options.token, controller.start)
  return { ...snapshot, ...newPasswordActions(controller), retry: controller.retry }
}
