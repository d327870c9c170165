import type { BreachCheckerOptions } from '@sesame/core/breach'
import {
  type ChallengeDescriptor,
  MAX_CHALLENGE_LENGTH,
  MAX_PASSWORD_LENGTH,
  type SignInRequest,
} from '@sesame/core/wire'
import { createSesameClient, type ResetPasswordResult } from '../client'
import { emailProblem, emailText } from '../lib/email'
import { type ErrorSummarySnapshot, refuseFields, summaryOf } from '../lib/error-summary'
import {
  blankField,
  type FieldState,
  patchField,
  type SubmitState,
  unsubmitted,
} from '../lib/field'
import { callRoute, createInFlight, sendRequest } from '../lib/in-flight'
import {
  descriptorOf,
  type FormProblem,
  formProblemOf,
  formText,
  retryAfterOf,
} from '../lib/map-problem'
import { type Controller, createStore } from '../lib/store'
import { getMessages } from '../messages'
import { isProblemError } from '../problem-error'
import {
  createNewPasswordController,
  type NewPasswordController,
  type NewPasswordSnapshot,
  passwordStepOptions,
} from './new-password'
import type { PolicyScreenOptions } from './screen-options'

/** Where a sign-in stands: the form, a migrated account's update, or how it ended. */
export type SignInStep = 'signIn' | 'update' | 'resetRequired' | 'secondFactor' | 'done'

/** The fields of the sign-in form, in screen order. */
export type SignInField = 'email' | 'password'

/** Options of {@link createSignInController}; {@link Controller.setOptions} replaces them. */
export interface SignInControllerOptions extends PolicyScreenOptions {
  /** Replaces `client.signIn`; throw a `ProblemError` to report a refusal. */
  submit?: ((values: SignInRequest, init: { signal: AbortSignal }) => Promise<unknown>) | undefined
  /** Breach check of the update branch's new password (see the new-password controller). */
  breach?: boolean | Partial<BreachCheckerOptions> | undefined
  /** Called once signed in, directly or after the required update (`signedIn` from its answer). */
  onSignedIn?: ((result: { signedIn: boolean }) => void) | undefined
}

/** Error texts of the sign-in form; `undefined` when there is nothing to show. */
export interface SignInFormErrors {
  /** Under the email field (empty, not an address). */
  readonly email: string | undefined
  /** Under the password field (empty). */
  readonly password: string | undefined
  /** For the whole form: wrong credentials (never which one), challenge, activation, busy... */
  readonly form: string | undefined
}

/** Everything the sign-in screen shows, derived by {@link createSignInController}. */
export interface SignInSnapshot extends ErrorSummarySnapshot<SignInField> {
  /** The form, the update branch, or the end (`done`, `secondFactor`, `resetRequired`). */
  readonly step: SignInStep
  /** The email typed. */
  readonly email: string
  /** The password typed. */
  readonly password: string
  /** The password is shown in clear. */
  readonly passwordVisible: boolean
  /** A longer-lived session is asked for. */
  readonly remember: boolean
  /** The request is in flight. */
  readonly submitting: boolean
  /** A submit was tried. */
  readonly submitted: boolean
  /** Why the last attempt was refused, or null. */
  readonly error: FormProblem | null
  /** Localised error texts. */
  readonly errors: SignInFormErrors
  /** Past too many wrong passwords: what the app's challenge widget needs; answer with `answerChallenge`. */
  readonly challenge: ChallengeDescriptor | undefined
  /** The account has a second factor: what the app's next step needs. */
  readonly secondFactor: ChallengeDescriptor | undefined
  /** Seconds the server asked to wait (`server_busy`, `rate_limited`). */
  readonly retryAfter: number | undefined
  /** The update branch's screen (step `update`): drive it through `controller.update`. */
  readonly update: NewPasswordSnapshot | undefined
  /** What a polite status region says (signed in, second step, reset required). */
  readonly statusMessage: string | undefined
}

/** The sign-in screen without a UI, its migrated-account update branch included. */
export interface SignInController extends Controller<SignInControllerOptions, SignInSnapshot> {
  /** The new-password controller of the update branch (step `update`). */
  readonly update: NewPasswordController
  /** Sets the email. */
  setEmail(value: string): void
  /** Sets the password. */
  setPassword(value: string): void
  /** Shows or masks the password. */
  setPasswordVisible(visible: boolean): void
  /** Asks for a longer-lived session. */
  setRemember(remember: boolean): void
  /** Sends the form; resolves `true` once signed in. */
  submit(): Promise<boolean>
  /** Sends the form again with the app's challenge answer (a CAPTCHA token...). */
  answerChallenge(answer: string): Promise<boolean>
  /** Back to the form (from any end state). */
  backToSignIn(): void
}

interface State extends SubmitState<SignInField, FormProblem> {
  readonly step: SignInStep
  readonly email: FieldState
  readonly password: FieldState
  readonly remember: boolean
  readonly challenge: ChallengeDescriptor | undefined
  readonly secondFactor: ChallengeDescriptor | undefined
  readonly retryAfter: number | undefined
  readonly update: NewPasswordSnapshot
}

// The refusals said for the whole form (never which of email and password was wrong); the
// others change the step.
const FORM_PROBLEMS: readonly FormProblem[] = [
  'invalid_credentials',
  'challenge_required',
  'activation_required',
  'server_busy',
  'rate_limited',
  'code_invalid',
  'policy',
  'mismatch',
  'unavailable',
]

const FIELDS = ['email', 'password'] as const

function derive(state: State, options: SignInControllerOptions): SignInSnapshot {
  const text = getMessages(options.locale, options.messages, options.catalogues)
  const email = state.email.value
  const password = state.password.value
  const fieldErrors = {
    email: emailText(state.submitted ? emailProblem(email) : undefined, text),
    password:
      state.submitted && password === '' && state.error !== 'invalid_credentials'
        ? text.passwordMissing
        : undefined,
  }
  return {
    step: state.step,
    email,
    password,
    passwordVisible: state.password.visible,
    remember: state.remember,
    submitting: state.status === 'submitting',
    submitted: state.submitted,
    error: state.error,
    errors: {
      ...fieldErrors,
      // A session that ended elsewhere means nothing to a sign-in: read as an outage.
      form:
        state.error === 'not_signed_in'
          ? text.unavailable
          : formText(state.error, FORM_PROBLEMS, state.retryAfter, text),
    },
    ...summaryOf(state.refusal, fieldErrors),
    challenge: state.challenge,
    secondFactor: state.secondFactor,
    retryAfter: state.retryAfter,
    update: state.step === 'update' ? state.update : undefined,
    statusMessage:
      state.step === 'done'
        ? text.signedIn
        : state.step === 'secondFactor'
          ? text.secondFactorRequired
          : state.step === 'resetRequired'
            ? text.resetRequired
            : undefined,
  }
}

/**
 * The sign-in screen as a framework-free controller: email, password, show/hide, the request,
 * and every outcome the server answers — signed in; a migrated account's required update (the
 * `update` new-password controller, begun with the update token); a required reset; the app's
 * challenge past too many wrong passwords; a second factor; an account not activated yet; a busy
 * server. A refused sign-in has one text that never says whether the email or the password was wrong.
 *
 * @example
 * const signIn = createSignInController({ policy, locale: 'fr' })
 * signIn.setEmail('marie@example.com')
 * signIn.setPassword(password)
 * await signIn.submit()
 */
export function createSignInController(options: SignInControllerOptions): SignInController {
  const defaultClient = createSesameClient()
  const client = () => store.options().client ?? defaultClient
  const finish = (result: ResetPasswordResult) => {
    const signedIn = result.signedIn === true
    const { secondFactor } = update.getSnapshot()
    store.set({ step: secondFactor ? 'secondFactor' : 'done', secondFactor })
    store.options().onSignedIn?.({ signedIn })
  }
  const updateOptions = (from: SignInControllerOptions, email: string) =>
    passwordStepOptions(from, defaultClient, email, finish)
  const update = createNewPasswordController(updateOptions(options, ''))
  const store = createStore<State, SignInControllerOptions, SignInSnapshot>(
    {
      step: 'signIn',
      email: blankField,
      password: blankField,
      remember: false,
      ...unsubmitted,
      challenge: undefined,
      secondFactor: undefined,
      retryAfter: undefined,
      update: update.getSnapshot(),
    },
    options,
    derive,
  )
  update.subscribe(() => store.set({ update: update.getSnapshot() }))
  const inFlight = createInFlight()
  const refuseWithErrors = () => refuseFields(store, FIELDS)

  async function send(challenge: string | undefined): Promise<boolean> {
    const state = store.state()
    store.set({ submitted: true })
    if (state.status !== 'idle' || state.step !== 'signIn') return false
    const email = state.email.value.trim()
    const password = state.password.value
    if (emailProblem(email) !== undefined || password === '') {
      refuseWithErrors()
      return false
    }
    // Bounded before any work: no password is that long, so it cannot be the right one.
    if (password.length > MAX_PASSWORD_LENGTH || (challenge?.length ?? 0) > MAX_CHALLENGE_LENGTH) {
      store.set({ error: 'invalid_credentials', password: blankField })
      return false
    }
    const signal = inFlight.next()
    const current = store.options()
    store.set({ status: 'submitting', error: null, retryAfter: undefined })
    const values: SignInRequest = {
      email,
      password,
      ...(state.remember ? { remember: true } : {}),
      ...(challenge === undefined ? {} : { challenge }),
    }
    return sendRequest(
      signal,
      () => callRoute(values, signal, current, (body, init) => client().signIn(body, init)),
      {
        done() {
          // Nothing else needs the password: do not keep it in memory.
          store.set({ status: 'idle', step: 'done', password: blankField, challenge: undefined })
          current.onSignedIn?.({ signedIn: true })
          return true
        },
        failed(error) {
          const problem = formProblemOf(error)
          const base = { status: 'idle' as const, error: problem, password: blankField }
          if (problem === 'password_update_required' && isProblemError(error)) {
            const token = error.problem.updateToken
            const expiresAt = error.problem.expiresAt
            if (typeof token === 'string' && token !== '') {
              update.setOptions(updateOptions(store.options(), email))
              update.begin(
                { token },
                { mode: 'update', ...(typeof expiresAt === 'string' ? { expiresAt } : {}) },
              )
              store.set({ ...base, step: 'update', challenge: undefined })
              return false
            }
            store.set({ ...base, error: 'unavailable' })
            return false
          }
          if (problem === 'password_reset_required') {
            store.set({ ...base, step: 'resetRequired', challenge: undefined })
            return false
          }
          if (problem === 'second_factor_required') {
            store.set({
              ...base,
              step: 'secondFactor',
              secondFactor: descriptorOf(error) ?? { kind: 'unknown' },
              challenge: undefined,
            })
            return false
          }
          store.set({
            ...base,
            // A challenge stays asked for until a sign-in gets through.
            challenge: problem === 'challenge_required' ? descriptorOf(error) : state.challenge,
            retryAfter:
              problem === 'server_busy' || problem === 'rate_limited'
                ? retryAfterOf(error)
                : undefined,
          })
          refuseWithErrors()
          return false
        },
      },
    )
  }

  return {
    update,
    subscribe: store.subscribe,
    getSnapshot: store.getSnapshot,
    setOptions(next) {
      store.setOptions(next)
      update.setOptions(updateOptions(next, store.state().email.value.trim()))
    },
    setEmail: (value) => store.set(patchField<State, 'email'>('email', { value })),
    setPassword: (value) => store.set(patchField<State, 'password'>('password', { value })),
    setPasswordVisible: (visible) => store.set(patchField('password', { visible })),
    setRemember: (remember) => store.set({ remember }),
    submit: () => send(undefined),
    answerChallenge: (answer) => send(answer),
    backToSignIn() {
      inFlight.abort()
      update.stop()
      store.set({
        step: 'signIn',
        status: 'idle',
        submitted: false,
        error: null,
        secondFactor: undefined,
        refusal: undefined,
      })
    },
    stop() {
      inFlight.abort()
      update.stop()
      store.set({ status: 'idle' })
    },
  }
}
