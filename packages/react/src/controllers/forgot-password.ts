import {
  type FlowEvent,
  type FlowState,
  initialState,
  type RequestResetError,
  transition,
} from '@sesame/core/flow'
import { createSesameClient } from '../client'
import { emailProblem, emailText } from '../lib/email'
import { type ErrorSummarySnapshot, refuseFields, summaryOf } from '../lib/error-summary'
import {
  blankField,
  type FieldState,
  patchField,
  type SubmitState,
  unsubmitted,
} from '../lib/field'
import { advance } from '../lib/flow-events'
import { callRoute, createInFlight, sendRequest } from '../lib/in-flight'
import { requestErrorOf } from '../lib/map-problem'
import { type Controller, createStore } from '../lib/store'
import { getMessages } from '../messages'
import type { ScreenOptions } from './screen-options'

/** Options of {@link createForgotPasswordController}; {@link Controller.setOptions} replaces them. */
export interface ForgotPasswordControllerOptions extends ScreenOptions {
  /** Replaces `client.forgotPassword`; throw a `ProblemError` to report a refusal. */
  submit?: ((email: string, init: { signal: AbortSignal }) => Promise<unknown>) | undefined
  /** `'updateRequired'` for a migrated account's first sign-in (default `'forgotPassword'`); read once, at creation. */
  reason?: 'forgotPassword' | 'updateRequired' | undefined
  /** Called once the server accepted the request. */
  onSent?: (() => void) | undefined
}

/** Error texts of the forgot-password form; `undefined` when there is nothing to show. */
export interface ForgotPasswordFormErrors {
  /** Under the email field (empty, or not an email address). */
  readonly email: string | undefined
  /** For the whole form (rate limited, service unavailable). */
  readonly form: string | undefined
}

/** Everything the forgot-password screen shows, derived by {@link createForgotPasswordController}. */
export interface ForgotPasswordSnapshot extends ErrorSummarySnapshot<'email'> {
  /** `requestReset` (the email screen), then `emailSent` ("Un message a été envoyé"). */
  readonly flow: FlowState
  /** The email typed. */
  readonly email: string
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
  /** The same text, placed: under the field or for the whole form. */
  readonly errors: ForgotPasswordFormErrors
  /** What a polite status region says once the request is accepted. */
  readonly statusMessage: string | undefined
}

/** The "Mot de passe oublié ?" screen without a UI. */
export interface ForgotPasswordController
  extends Controller<ForgotPasswordControllerOptions, ForgotPasswordSnapshot> {
  /** Sets the email. */
  setEmail(value: string): void
  /** Sends the form; resolves `true` once accepted. */
  submit(): Promise<boolean>
  /** Back to the email screen, to ask for another link. */
  requestNewLink(): void
}

interface State extends SubmitState<'email', RequestResetError> {
  readonly email: FieldState
  readonly flow: FlowState
}

function derive(state: State, options: ForgotPasswordControllerOptions): ForgotPasswordSnapshot {
  const text = getMessages(options.locale, options.messages, options.catalogues)
  const { error, flow } = state
  const errorMessage =
    error === 'invalid_email'
      ? emailText(emailProblem(state.email.value) ?? 'invalid', text)
      : error === 'rate_limited'
        ? text.rateLimited
        : error
          ? text.unavailable
          : undefined
  const email = error === 'invalid_email' ? errorMessage : undefined
  return {
    flow,
    email: state.email.value,
    submitting: state.status === 'submitting',
    sent: flow.step === 'emailSent',
    submitted: state.submitted,
    error,
    errorMessage,
    errors: { email, form: email === undefined ? errorMessage : undefined },
    ...summaryOf(state.refusal, { email }),
    statusMessage: flow.step === 'emailSent' ? text.emailSent : undefined,
  }
}

/**
 * The forgot-password screen (or a migrated account's first step) as a framework-free
 * controller: the email, its check, the request, the "message sent" state reached whatever the
 * server knows about the address, and every text it shows.
 *
 * @example
 * const controller = createForgotPasswordController({ locale: 'fr' })
 * controller.setEmail('marie@example.com')
 * await controller.submit()
 */
export function createForgotPasswordController(
  options: ForgotPasswordControllerOptions = {},
): ForgotPasswordController {
  const flow =
    options.reason === 'updateRequired'
      ? transition({ step: 'updateRequired' }, { type: 'startUpdate' })
      : transition(initialState, { type: 'forgotPassword' })
  const store = createStore<State, ForgotPasswordControllerOptions, ForgotPasswordSnapshot>(
    { email: blankField, ...unsubmitted, flow },
    options,
    derive,
  )
  const inFlight = createInFlight()
  // Same origin, root: used while the options name no client of their own.
  const defaultClient = createSesameClient()
  // Summary and focus follow a refusal that names the field (not a rate limit or an outage).
  const refuseInvalid = () => refuseFields(store, ['email'])
  const send = (event: FlowEvent) => store.set((state) => ({ flow: advance(state.flow, event) }))

  return {
    subscribe: store.subscribe,
    getSnapshot: store.getSnapshot,
    setOptions: store.setOptions,
    setEmail: (value) =>
      store.set((state) => ({
        ...patchField<State, 'email'>('email', { value })(state),
        error: state.error === 'invalid_email' ? null : state.error,
      })),
    async submit() {
      const state = store.state()
      store.set({ submitted: true })
      if (state.status !== 'idle' || state.flow.step !== 'requestReset') return false
      const email = state.email.value.trim()
      if (emailProblem(email) !== undefined) {
        store.set({ error: 'invalid_email' })
        refuseInvalid()
        return false
      }
      const signal = inFlight.next()
      const current = store.options()
      store.set({ status: 'submitting', error: null })
      return sendRequest(
        signal,
        () =>
          callRoute(email, signal, current, (value, init) =>
            (current.client ?? defaultClient).forgotPassword(value, init),
          ),
        {
          done() {
            send({ type: 'emailAccepted' })
            // Nothing else needs the address: do not keep it around.
            store.set({ status: 'idle', email: blankField })
            current.onSent?.()
            return true
          },
          failed(error) {
            const reason = requestErrorOf(error)
            send({ type: 'emailRejected', reason })
            store.set({ status: 'idle', error: reason })
            refuseInvalid()
            return false
          },
        },
      )
    },
    requestNewLink() {
      send({ type: 'requestNewLink' })
      store.set({ submitted: false, error: null, refusal: undefined })
    },
    stop: inFlight.abort,
  }
}
