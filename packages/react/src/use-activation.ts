import {
  type ActivationControllerOptions,
  type ActivationSnapshot,
  createActivationController,
} from './controllers/activation'
import { useController } from './lib/use-controller'
import { useLinkToken } from './lib/use-link-token'
import { useLocaleDefaults } from './locale-context'

/** Options of {@link useActivation}: the controller's, plus where the token comes from. */
export interface ActivationOptions extends ActivationControllerOptions {
  /** The link's token. Default: read once from the URL fragment (`#token=…`), then removed from the address bar. */
  token?: string
}

/** What {@link useActivation} returns: the controller's snapshot and its retry. */
export interface ActivationState extends ActivationSnapshot {
  /** Sends the token again after a failure. */
  readonly retry: () => void
}

/**
 * The activation screen's logic (the link of a sign-up's email), bound to React:
 * `createActivationController` of `@sesame/react/controllers`, sent once after mount.
 */
export function useActivation(options: ActivationOptions = {}): ActivationState {
  const [controller, snapshot] = useController(
    createActivationController,
    useLocaleDefaults(options),
  )
  useLinkToken(options.token, controller.start)
  return { ...snapshot, retry: controller.retry }
}
