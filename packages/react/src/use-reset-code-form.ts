import type { FormEvent } from 'react'
import {
  createResetCodeController,
  type ResetCodeController,
  type ResetCodeControllerOptions,
  type ResetCodeSnapshot,
} from './controllers/reset-code'
import {
  type NewPasswordFormState,
  newPasswordActions,
  submitWith,
} from './lib/new-password-actions'
import { actionsOf } from './lib/store'
import { useController } from './lib/use-controller'
import { useLocaleDefaults } from './locale-context'

/** Options of {@link useResetCodeForm}: those of `createResetCodeController`. */
export type ResetCodeFormOptions = ResetCodeControllerOptions

const ACTIONS = ['setEmail', 'setCode', 'back'] as const

/** What {@link useResetCodeForm} returns: the controller's snapshot and its actions. */
export interface ResetCodeFormState
  extends Omit<ResetCodeSnapshot, 'password'>,
    Readonly<Pick<ResetCodeController, (typeof ACTIONS)[number]>> {
  /** The new-password step and its actions (step `password`). */
  readonly password: NewPasswordFormState | undefined
  /** Moves on to the new password; pass it to the code step's `<form onSubmit>`. */
  readonly handleNext: (event?: FormEvent) => boolean
}

/** The "enter the code" screen's logic, bound to React: `createResetCodeController` of `@sesame/react/controllers`. */
export function useResetCodeForm(options: ResetCodeFormOptions): ResetCodeFormState {
  const [controller, snapshot] = useController(
    createResetCodeController,
    useLocaleDefaults(options),
  )
  return {
    ...snapshot,
    password: snapshot.password && {
      ...snapshot.password,
      ...newPasswordActions(controller.password),
    },
    ...actionsOf(controller, ACTIONS),
    handleNext: submitWith(controller.next),
  }
}
