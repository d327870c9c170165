import type { FormEvent } from 'react'
import {
  createSignUpController,
  type SignUpController,
  type SignUpControllerOptions,
  type SignUpSnapshot,
} from './controllers/sign-up'
import { submitWith } from './lib/new-password-actions'
import { PAIR_ACTIONS, type PairAction } from './lib/password-pair'
import { actionsOf } from './lib/store'
import { useController } from './lib/use-controller'
import { useLocaleDefaults } from './locale-context'

/** Options of {@link useSignUpForm}: those of `createSignUpController`. */
export type SignUpFormOptions = SignUpControllerOptions

/** What {@link useSignUpForm} returns: the controller's snapshot and its actions. */
export interface SignUpFormState
  extends SignUpSnapshot,
    Readonly<Pick<SignUpController, PairAction | 'setName' | 'setEmail'>> {
  /** Sends the form; pass it to `<form onSubmit>`. Resolves `true` once accepted. */
  readonly handleSubmit: (event?: FormEvent) => Promise<boolean>
}

/** The sign-up screen's logic, bound to React: `createSignUpController` of `@sesame/react/controllers`. */
export function useSignUpForm(options: SignUpFormOptions): SignUpFormState {
  const [controller, snapshot] = useController(createSignUpController, useLocaleDefaults(options))
  return {
    ...snapshot,
    ...actionsOf(controller, [...PAIR_ACTIONS, 'setName', 'setEmail']),
    handleSubmit: submitWith(controller.submit),
  }
}
