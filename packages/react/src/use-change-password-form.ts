import type { FormEvent } from 'react'
import {
  type ChangePasswordController,
  type ChangePasswordControllerOptions,
  type ChangePasswordSnapshot,
  createChangePasswordController,
} from './controllers/change-password'
import { submitWith } from './lib/new-password-actions'
import { PAIR_ACTIONS, type PairAction } from './lib/password-pair'
import { actionsOf } from './lib/store'
import { useController } from './lib/use-controller'
import { useLocaleDefaults } from './locale-context'

/** Options of {@link useChangePasswordForm}: those of `createChangePasswordController`. */
export type ChangePasswordFormOptions = ChangePasswordControllerOptions

/** What {@link useChangePasswordForm} returns: the controller's snapshot and its actions. */
export interface ChangePasswordFormState
  extends ChangePasswordSnapshot,
    Readonly<
      Pick<
        ChangePasswordController,
        PairAction | 'setCurrentPassword' | 'setCurrentPasswordVisible'
      >
    > {
  /** Sends the form; pass it to `<form onSubmit>`. Resolves `true` once changed. */
  readonly handleSubmit: (event?: FormEvent) => Promise<boolean>
}

/** The change-password screen's logic, bound to React: `createChangePasswordController` of `@sesame/react/controllers`. */
export function useChangePasswordForm(options: ChangePasswordFormOptions): ChangePasswordFormState {
  const [controller, snapshot] = useController(
    createChangePasswordController,
    useLocaleDefaults(options),
  )
  return {
    ...snapshot,
    ...actionsOf(controller, [...PAIR_ACTIONS, 'setCurrentPassword', 'setCurrentPasswordVisible']),
    handleSubmit: submitWith(controller.submit),
  }
}
