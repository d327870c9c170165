import type { FormEvent } from 'react'
import {
  createSignUpController,
  type SignUpControllerOptions,
  type SignUpSnapshot,
} from './controllers/sign-up'
import { submitWith } from './lib/new-password-actions'
import { useController } from './lib/use-controller'

/** Options of {@link useSignUpForm}: those of `createSignUpController`. */
export type SignUpFormOptions = SignUpControllerOptions

/** What {@link useSignUpForm} returns: the controller's snapshot and its actions. */
export interface SignUpFormState extends SignUpSnapshot {
  /** Sets the name. */
  readonly setName: (value: string) => void
  /** Sets the email. */
  readonly setEmail: (value: string) => void
  /** Sets the password. */
  readonly setPassword: (value: string) => void
  /** Sets the confirmation. */
  readonly setConfirmation: (value: string) => void
  /** Marks the confirmation as left. */
  readonly blurConfirmation: () => void
  /** Shows or masks the password. */
  readonly setPasswordVisible: (visible: boolean) => void
  /** Shows or masks the confirmation. */
  readonly setConfirmationVisible: (visible: boolean) => void
  /** Sends the form; pass it to `<form onSubmit>`. Resolves `true` once accepted. */
  readonly handleSubmit: (event?: FormEvent) => Promise<boolean>
}

/** The sign-up screen's logic, bound to React: `createSignUpController` of `@sesame/react/controllers`. */
export function useSignUpForm(options: SignUpFormOptions): SignUpFormState {
  const [controller, snapshot] = useController(createSignUpController, options)
  return {
    ...snapshot,
    setName: controller.setName,
    setEmail: controller.setEmail,
    setPassword: controller.setPassword,
    setConfirmation: controller.setConfirmation,
    blurConfirmation: controller.blurConfirmation,
    setPasswordVisible: controller.setPasswordVisible,
    setConfirmationVisible: controller.setConfirmationVisible,
    handleSubmit: submitWith(controller.submit),
  }
}
