import {
  type AcceptInvitationControllerOptions,
  createAcceptInvitationController,
} from './controllers/accept-invitation'
import { type NewPasswordFormState, newPasswordActions } from './lib/new-password-actions'
import { useController } from './lib/use-controller'
import { useLinkToken } from './lib/use-link-token'
import { useLocaleDefaults } from './locale-context'

/** Options of {@link useAcceptInvitationForm}: the controller's, plus where the token comes from. */
export type AcceptInvitationFormOptions = AcceptInvitationControllerOptions & {
  /** The invitation's token. Default: read once from the URL fragment (`#token=…`), then removed from the address bar. */
  token?: string
}

/** What {@link useAcceptInvitationForm} returns: the new-password screen's snapshot and actions. */
export type AcceptInvitationFormState = NewPasswordFormState

/**
 * The accept-invitation screen's logic, bound to React: `createAcceptInvitationController` of
 * `@sesame/react/controllers`, in the provider's locale and catalogues unless the options say.
 */
export function useAcceptInvitationForm(
  options: AcceptInvitationFormOptions,
): AcceptInvitationFormState {
  const [controller, snapshot] = useController(
    createAcceptInvitationController,
    useLocaleDefaults(options),
  )
  useLinkToken(options.token, controller.start)
  return { ...snapshot, ...newPasswordActions(controller) }
}
