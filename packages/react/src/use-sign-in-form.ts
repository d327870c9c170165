import type { FormEvent } from 'react'
import {
  createSignInController,
  type SignInControllerOptions,
  type SignInSnapshot,
} from './controllers/sign-in'
import {
  type NewPasswordFormState,
  newPasswordActions,
  submitWith,
} from './lib/new-password-actions'
import { useController } from './lib/use-controller'

/** Options of {@link useSignInForm}: those of `createSignInController`. */
export type SignInFormOptions = SignInControllerOptions

/** What {@link useSignInForm} returns: the controller's snapshot and its actions. */
export interface SignInFormState extends Omit<SignInSnapshot, 'update'> {
  /** The update branch's new-password screen and its actions (step `update`). */
  readonly update: NewPasswordFormState | undefined
  /** Sets the email. */
  readonly setEmail: (value: string) => void
  /** Sets the password. */
  readonly setPassword: (value: string) => void
  /** Shows or masks the password. */
  readonly setPasswordVisible: (visible: boolean) => void
  /** Asks for a longer-lived session. */
  readonly setRemember: (remember: boolean) => void
  /** Sends the form; pass it to `<form onSubmit>`. Resolves `true` once signed in. */
  readonly handleSubmit: (event?: FormEvent) => Promise<boolean>
  /** Sends the form again with the app's challenge answer. */
  readonly answerChallenge: (answer: string) => Promise<boolean>
  /** Back to the form. */
  readonly backToSignIn: () => void
}

/**
 * The sign-in screen's logic, bound to React: `createSignInController` of
 * `@sesame/react/controllers`, its migrated-account update branch included (`update`).
 * Render it with {@link SignInForm} or your own markup.
 */
export function useSignInForm(options: SignInFormOptions): SignInFormState {
  const [controller, snapshot] = useController(createSignInController, options)
  return {
    ...snapshot,
    update: snapshot.update && { ...snapshot.update, ...newPasswordActions(controller.update) },
    setEmail: controller.setEmail,
    setPassword: controller.setPassword,
    setPasswordVisible: controller.setPasswordVisible,
    setRemember: controller.setRemember,
    handleSubmit: submitWith(controller.submit),
    answerChallenge: controller.answerChallenge,
    backToSignIn: controller.backToSignIn,
  }
}
