import type { FormEvent } from 'react'
import {
  type ChangePasswordControllerOptions,
  type ChangePasswordSnapshot,
  createChangePasswordController,
} from './controllers/change-password'
import { submitWith } from './lib/new-password-actions'
import { useController } from './lib/use-controller'

/** Options of {@link useChangePasswordForm}: those of `createChangePasswordController`. */
export type ChangePasswordFormOptions = ChangePasswordControllerOptions

/** What {@link useChangePasswordForm} returns: the controller's snapshot and its actions. */
export interface ChangePasswordFormState extends ChangePasswordSnapshot {
  /** Sets the current password. */
  readonly setCurrentPassword: (value: string) => void
  /** Sets the new password. */
  readonly setPassword: (value: string) => void
  /** Sets the confirmation. */
  readonly setConfirmation: (value: string) => void
  /** Marks the confirmation as left. */
  readonly blurConfirmation: () => void
  /** Shows or masks the current password. */
  readonly setCurrentPasswordVisible: (visible: boolean) => void
  /** Shows or masks the new password. */
  readonly setPasswordVisible: (visible: boolean) => void
  /** Shows or masks the confirmation. */
  readonly setConfirmationVisible: (visible: boolean) => void
  /** Sends the form; pass it to `<form onSubmit>`. Resolves `true` once changed. */
  readonly handleSubmit: (event?: FormEvent) => Promise<boolean>
}

/** The change-password screen's logic, bound to React: `createChangePasswordController` of `@sesame/react/controllers`. */
export function useChangePasswordForm(options: ChangePasswordFormOptions): ChangePasswordFormState {
  const [controller, snapshot] = useController(createChangePasswordController, options)
  return {
    ...snapshot,
    setCurrentPassword: controller.setCurrentPassword,
    setPassword: controller.setPassword,
    setConfirmation: controller.setConfirmation,
    blurConfirmation: controller.blurConfirmation,
    setCurrentPasswordVisible: controller.setCurrentPasswordVisible,
    setPasswordVisible: controller.setPasswordVisible,
    setConfirmationVisible: controller.setConfirmationVisible,
    handleSubmit: submitWith(controller.submit),
  }
}
