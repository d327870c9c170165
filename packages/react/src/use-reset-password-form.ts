import type { FormEvent } from 'react'
import { useEffect } from 'react'
import {
  createNewPasswordController,
  type NewPasswordControllerOptions,
  type NewPasswordSnapshot,
} from './controllers/new-password'
import { readTokenFromHash, removeTokenFromUrl } from './lib/reset-token-url'
import { useController } from './lib/use-controller'
import { useSesameLocale } from './locale-context'

export type { ResetPasswordFormErrors, ResetPasswordSubmission } from './controllers/new-password'

/** Options of {@link useResetPasswordForm}: the controller's, plus where the token comes from. */
export interface ResetPasswordFormOptions extends NewPasswordControllerOptions {
  /**
   * The reset token. Default: read once from the URL fragment (`#token=…`) after mount, then
   * removed from the address bar with `history.replaceState`.
   */
  token?: string
}

/** What {@link useResetPasswordForm} returns: the controller's snapshot and its actions. */
export interface ResetPasswordFormState extends NewPasswordSnapshot {
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
  /** Verifies the link again (after a network failure). */
  readonly retry: () => void
}

/**
 * The reset screen's logic ("Mettre à jour mon mot de passe"), bound to React: the
 * `createNewPasswordController` of `@sesame/react/controllers`, with the token read from the URL
 * fragment and removed from the address bar. Render it with {@link ResetPasswordForm} or your
 * own markup.
 */
export function useResetPasswordForm(options: ResetPasswordFormOptions): ResetPasswordFormState {
  const shared = useSesameLocale()
  const [controller, snapshot] = useController(createNewPasswordController, {
    ...options,
    locale: options.locale ?? shared.locale,
    catalogues: options.catalogues ?? shared.catalogues,
  })
  const tokenProp = options.token
  useEffect(() => {
    let token = tokenProp
    if (token === undefined && typeof window !== 'undefined') {
      token = readTokenFromHash(window.location)
      removeTokenFromUrl(window.location, window.history)
    }
    // StrictMode's second run finds the fragment already cleaned: the controller still has the token.
    controller.start(token)
  }, [controller, tokenProp])

  return {
    ...snapshot,
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
    retry: controller.retry,
  }
}
