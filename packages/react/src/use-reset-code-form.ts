import type { FormEvent } from 'react'
import {
  createResetCodeController,
  type ResetCodeControllerOptions,
  type ResetCodeSnapshot,
} from './controllers/reset-code'
import {
  type NewPasswordFormState,
  newPasswordActions,
  submitWith,
} from './lib/new-password-actions'
import { useController } from './lib/use-controller'

/** Options of {@link useResetCodeForm}: those of `createResetCodeController`. */
export type ResetCodeFormOptions = ResetCodeControllerOptions

/** What {@link useResetCodeForm} returns: the controller's snapshot and its actions. */
export interface ResetCodeFormState extends Omit<ResetCodeSnapshot, 'password'> {
  /** The new-password step and its actions (step `password`). */
  readonly password: NewPasswordFormState | undefined
  /** Sets the email. */
  readonly setEmail: (value: string) => void
  /** Sets the code (digits only, cut at its length). */
  readonly setCode: (value: string) => void
  /** Moves on to the new password; pass it to the code step's `<form onSubmit>`. */
  readonly handleNext: (event?: FormEvent) => boolean
  /** Back to the email and code. */
  readonly back: () => void
}

/** The "enter the code" screen's logic, bound to React: `createResetCodeController` of `@sesame/react/controllers`. */
export function useResetCodeForm(options: ResetCodeFormOptions): ResetCodeFormState {
  const [controller, snapshot] = useController(createResetCodeController, options)
  return {
    ...snapshot,
    password: snapshot.password && {
      ...snapshot.password,
      ...newPasswordActions(controller.password),
    },
    setEmail: controller.setEmail,
    setCode: controller.setCode,
    handleNext: submitWith(controller.next),
    back: controller.back,
  }
}
