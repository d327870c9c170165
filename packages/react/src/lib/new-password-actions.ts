import type { FormEvent } from 'react'
import type { NewPasswordController, NewPasswordSnapshot } from '../controllers/new-password'

/** The actions of a new-password screen, bound for a `<form>`. */
export interface NewPasswordActions {
  /** Sets the new password. */
  readonly setPassword: (value: string) => void
  /** Sets the confirmation. */
  readonly setConfirmation: (value: string) => void
  /** Marks the confirmation as left (a mismatch is shown from then on). */
  readonly blurConfirmation: () => void
  /** Call when the new password field is left: runs the breach check if enabled. */
  readonly blurPassword: () => void
  /** Shows or masks the new password. */
  readonly setPasswordVisible: (visible: boolean) => void
  /** Shows or masks the confirmation. */
  readonly setConfirmationVisible: (visible: boolean) => void
  /** Sends the form; pass it to `<form onSubmit>`. Resolves `true` once the password is stored. */
  readonly handleSubmit: (event?: FormEvent) => Promise<boolean>
}

/** A new-password screen's snapshot and its actions: what the hooks return for it. */
export type NewPasswordFormState = NewPasswordSnapshot & NewPasswordActions

// The same actions wherever a new-password controller is shown (reset, update, code, invitation).
export function newPasswordActions(
  controller: Pick<
    NewPasswordController,
    | 'setPassword'
    | 'setConfirmation'
    | 'blurConfirmation'
    | 'blurPassword'
    | 'setPasswordVisible'
    | 'setConfirmationVisible'
    | 'submit'
  >,
): NewPasswordActions {
  return {
    setPassword: controller.setPassword,
    setConfirmation: controller.setConfirmation,
    blurConfirmation: controller.blurConfirmation,
    blurPassword: controller.blurPassword,
    setPasswordVisible: controller.setPasswordVisible,
    setConfirmationVisible: controller.setConfirmationVisible,
    handleSubmit: (event) => {
      event?.preventDefault()
      return controller.submit()
    },
  }
}

// Submit handlers for a form: the browser's submit is replaced by the controller's.
export function submitWith<Result>(action: () => Result): (event?: FormEvent) => Result {
  return (event) => {
    event?.preventDefault()
    return action()
  }
}
