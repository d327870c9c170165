import type { FormEvent } from 'react'
import {
  createForgotPasswordController,
  type ForgotPasswordControllerOptions,
  type ForgotPasswordSnapshot,
} from './controllers/forgot-password'
import { useController } from './lib/use-controller'
import { useSesameLocale } from './locale-context'

/** Options of {@link useForgotPasswordForm}: those of `createForgotPasswordController`. */
export type ForgotPasswordFormOptions = ForgotPasswordControllerOptions

/** What {@link useForgotPasswordForm} returns: the controller's snapshot and its actions. */
export interface ForgotPasswordFormState extends ForgotPasswordSnapshot {
  /** Sets the email. */
  readonly setEmail: (value: string) => void
  /** Sends the form; pass it to `<form onSubmit>`. Resolves `true` once accepted. */
  readonly handleSubmit: (event?: FormEvent) => Promise<boolean>
  /** Back to the email screen, to ask for another link. */
  readonly requestNewLink: () => void
}

/**
 * The "Mot de passe oublié ?" screen's logic, bound to React: the
 * `createForgotPasswordController` of `@sesame/react/controllers`. The email form, then the
 * "message sent" state, reached whatever the server knows about the address.
 */
export function useForgotPasswordForm(
  options: ForgotPasswordFormOptions = {},
): ForgotPasswordFormState {
  const shared = useSesameLocale()
  const [controller, snapshot] = useController(createForgotPasswordController, {
    ...options,
    locale: options.locale ?? shared.locale,
    catalogues: options.catalogues ?? shared.catalogues,
  })
  return {
    ...snapshot,
    setEmail: controller.setEmail,
    handleSubmit: (event) => {
      event?.preventDefault()
      return controller.submit()
    },
    requestNewLink: controller.requestNewLink,
  }
}
