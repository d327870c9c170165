import type { FormEvent } from 'react'
import type { NewPasswordController, NewPasswordSnapshot } from '../controllers/new-password'
import { PAIR_ACTIONS, type PasswordPairActions } from './password-pair'
import { actionsOf } from './store'

/** A form's submit, bound for `<form onSubmit>`. */
type FormSubmit<Result> = (event?: FormEvent) => Result

/** The actions of a new-password screen, bound for a `<form>`. */
export interface NewPasswordActions
  extends Readonly<PasswordPairActions>,
    Readonly<Pick<NewPasswordController, 'blurPassword'>> {
  /** Sends the form; pass it to `<form onSubmit>`. Resolves `true` once the password is stored. */
  readonly handleSubmit: (event?: FormEvent) => Promise<boolean>
}

/** A new-password screen's snapshot and its actions: what the hooks return for it. */
export type NewPasswordFormState = NewPasswordSnapshot & NewPasswordActions

// The same actions wherever a new-password controller is shown (reset, update, code, invitation).
export function newPasswordActions(
  controller: Pick<
    NewPasswordController,
    (typeof PAIR_ACTIONS)[number] | 'blurPassword' | 'submit'
  >,
): NewPasswordActions {
  return {
    ...actionsOf(controller, [...PAIR_ACTIONS, 'blurPassword']),
    handleSubmit: submitWith(controller.submit),
  }
}

// Submit handlers for a form: the browser's submit is replaced by the controller's.
export function submitWith<Result>(action: () => Result): FormSubmit<Result> {
  return (event) => {
    event?.preventDefault()
    return action()
  }
}
