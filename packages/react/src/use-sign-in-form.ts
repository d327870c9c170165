import type { FormEvent } from 'react'
import {
  createSignInController,
  type SignInController,
  type SignInControllerOptions,
  type SignInSnapshot,
} from './controllers/sign-in'
import {
  type NewPasswordFormState,
  newPasswordActions,
  submitWith,
} from './lib/new-password-actions'
import { actionsOf } from './lib/store'
import { useController } from './lib/use-controller'
import { useLocaleDefaults } from './locale-context'

/** Options of {@link useSignInForm}: those of `createSignInController`. */
export type SignInFormOptions = SignInControllerOptions

const ACTIONS = [
  'setEmail',
  'setPassword',
  'setPasswordVisible',
  'setRemember',
  'answerChallenge',
  'backToSignIn',
] as const

/** What {@link useSignInForm} returns: the controller's snapshot and its actions. */
export interface SignInFormState
  extends Omit<SignInSnapshot, 'update'>,
    Readonly<Pick<SignInController, (typeof ACTIONS)[number]>> {
  /** The update branch's new-password screen and its actions (step `update`). */
  readonly update: NewPasswordFormState | undefined
  /** Sends the form; pass it to `<form onSubmit>`. Resolves `true` once signed in. */
  readonly handleSubmit: (event?: FormEvent) => Promise<boolean>
}

/**
 * The sign-in screen's logic, bound to React: `createSignInController` of
 * `@sesame/react/controllers`, its migrated-account update branch included (`update`).
 * Render it with {@link SignInForm} or your own markup.
 */
export function useSignInForm(options: SignInFormOptions): SignInFormState {
  const [controller, snapshot] = useController(createSignInController, useLocaleDefaults(options))
  return {
    ...snapshot,
    update: snapshot.update && { ...snapshot.update, ...newPasswordActions(controller.update) },
    ...actionsOf(controller, ACTIONS),
    handleSubmit: submitWith(controller.submit),
  }
}
