import type { FlowState, RequestResetError } from '@sesame/core/flow'
import { type FormEvent, useEffect, useRef, useState, useSyncExternalStore } from 'react'
import { createSesameClient, type SesameClient } from './client'
import {
  createForgotPasswordController,
  type ForgotControllerOptions,
} from './lib/forgot-password-controller'
import { getMessages, type SesameReactMessages } from './messages'

/** Options of {@link useForgotPasswordForm}. */
export interface ForgotPasswordFormOptions {
  /** Talks to the `@sesame/express` routes (default: `createSesameClient()`, same origin). */
  client?: SesameClient
  /** Replaces `client.forgotPassword`; throw a `ProblemError` to report a refusal. */
  submit?: (email: string, init: { signal: AbortSignal }) => Promise<unknown>
  /** Language of the messages, also sent to the server for the email's language. */
  locale?: string | undefined
  /** `'updateRequired'` for a migrated account's first sign-in (default `'forgotPassword'`). */
  reason?: 'forgotPassword' | 'updateRequired'
  /** Called once the server accepted the request. */
  onSent?: () => void
  /** Text overrides. */
  messages?: Partial<SesameReactMessages> | undefined
}

/** What {@link useForgotPasswordForm} returns. */
export interface ForgotPasswordFormState {
  /** `requestReset` (the email screen), then `emailSent` ("Un message a été envoyé"). */
  readonly flow: FlowState
  /** The email typed. */
  readonly email: string
  /** Sets the email. */
  readonly setEmail: (value: string) => void
  /** The request is in flight. */
  readonly submitting: boolean
  /** The server accepted the request (shown whether or not the account exists). */
  readonly sent: boolean
  /** A submit was tried. */
  readonly submitted: boolean
  /** Why the last submission was refused. */
  readonly error: RequestResetError | null
  /** Localised text of `error`. */
  readonly errorMessage: string | undefined
  /** Sends the form; pass it to `<form onSubmit>`. Resolves `true` once accepted. */
  readonly handleSubmit: (event?: FormEvent) => Promise<boolean>
  /** Back to the email screen, to ask for another link. */
  readonly requestNewLink: () => void
}

/**
 * The "Mot de passe oublié ?" screen's logic: the email form, then the "message sent" state,
 * reached whatever the server knows about the address.
 */
export function useForgotPasswordForm(
  options: ForgotPasswordFormOptions = {},
): ForgotPasswordFormState {
  const optionsRef = useRef(options)
  optionsRef.current = options
  const [defaultClient] = useState(() => createSesameClient())
  const [controller] = useState(() =>
    createForgotPasswordController((): ForgotControllerOptions => {
      const current = optionsRef.current
      return { ...current, client: current.client ?? defaultClient }
    }, options.reason ?? 'forgotPassword'),
  )
  const state = useSyncExternalStore(
    controller.store.subscribe,
    controller.store.get,
    controller.store.get,
  )
  useEffect(() => () => controller.stop(), [controller])
  const text = getMessages(options.locale, options.messages)
  const errorMessage =
    state.error === 'invalid_email'
      ? text.invalidEmail
      : state.error === 'rate_limited'
        ? text.rateLimited
        : state.error
          ? text.unavailable
          : undefined

  return {
    flow: state.flow,
    email: state.email,
    setEmail: controller.setEmail,
    submitting: state.status === 'submitting',
    sent: state.flow.step === 'emailSent',
    submitted: state.submitted,
    error: state.error,
    errorMessage,
    handleSubmit: (event) => {
      event?.preventDefault()
      return controller.submit()
    },
    requestNewLink: controller.requestNewLink,
  }
}
