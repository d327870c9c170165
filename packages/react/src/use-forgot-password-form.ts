import type { FormEvent } from 'react'
import {
  createForgotPasswordController,
  type ForgotPasswordController,
  type ForgotPasswordControllerOptions,
  type ForgotPasswordSnapshot,
} from './controllers/forgot-password'
import { submitWith } from './lib/new-password-actions'
import { actionsOf } from './lib/store'
import { useController } from './lib/use-controller'
import { useLocaleDefaults } from './locale-context'

/** Options of {@link useForgotPasswordForm}: those of `createForgotPasswordController`. */
export type ForgotPasswordFormOptions = ForgotPasswordControllerOptions

/** What {@link useForgotPasswordForm} returns: the controller's snapshot and its actions. */
export interface ForgotPasswordFormState
  extends ForgotPasswordSnapshot,
    Readonly<Pick<ForgotPasswordController, 'setEmail' | 'requestNewLink'>> {
  /** Sends the form; pass it to `<form onSubmit>`. Resolves `true` once accepted. */
  readonly handleSubmit: (event?: FormEvent) => Promise<boolean>
}

/**
 * The "Mot de passe oublié ?" screen's logic, bound to React: the
 * `createForgotPasswordController` of `@sesame/react/controllers`. The email form, then the
 * "message sent" state, reached whatever the server knows about the address.
 */
export function useForgotPasswordForm(
  options: ForgotPasswordFormOptions = {},
): ForgotPasswordFormState {
  const [controller, snapshot] = useController(
    createForgotPasswordController,
    useLocaleDefaults(options),
  )
  return {
    ...snapshot,
    ...actionsOf(controller, ['setEmail', 'requestNewLink']),
    handleSubmit: submitWith(controller.submit),
  }
}
