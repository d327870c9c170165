import type { Blocklist, PasswordContext, Policy } from '@sesame/core'
import {
  type ChangePasswordRequest,
  type ChangePasswordResponse,
  MAX_PASSWORD_LENGTH,
} from '@sesame/core/wire'
import { createSesameClient, type SesameClient } from '../client'
import {
  type FieldError,
  type FocusRequest,
  type Refusal,
  refuse,
  summaryOf,
} from '../lib/error-summary'
import { blankField, type FieldState, patchField, submittedFields } from '../lib/field'
import { createInFlight } from '../lib/in-flight'
import { type FormProblem, formProblemOf, retryAfterOf } from '../lib/map-problem'
import { derivePasswordPair, type ServerCheck, serverChecksOf } from '../lib/password-pair'
import { type Controller, createStore } from '../lib/store'
import { getMessages, type SesameReactMessages } from '../messages'
import { isProblemError } from '../problem-error'
import type { PasswordChecklistState } from './checklist'

/** The fields of the change-password form, in screen order. */
export type ChangePasswordField = 'currentPassword' | 'password' | 'confirmation'

/** Options of {@link createChangePasswordController}; {@link Controller.setOptions} replaces them. */
export interface ChangePasswordControllerOptions {
  /** The policy the new password must meet. */
  policy: Policy
  /** Language of the texts. */
  locale?: string | undefined
  /** What the new password is compared with (`notContextual` rule), e.g. `{ email }`. */
  context?: PasswordContext | undefined
  /** Talks to the Sesame routes (default: `createSesameClient()`, same origin). */
  client?: SesameClient | undefined
  /** Replaces `client.changePassword`; throw a `ProblemError` to report a refusal. */
  submit?:
    | ((
        values: ChangePasswordRequest,
        init: { signal: AbortSignal },
      ) => Promise<Partial<ChangePasswordResponse> | undefined>)
    | undefined
  /** Enables the `notCommon` rule in the checklist. */
  blocklist?: Blocklist | undefined
  /** Called once the password is changed. */
  onSuccess?: ((result: Partial<ChangePasswordResponse>) => void) | undefined
  /** Text overrides. */
  messages?: Partial<SesameReactMessages> | undefined
}

/** Error texts of the change-password form; `undefined` when there is nothing to show. */
export interface ChangePasswordFormErrors {
  /** Under the current password (empty, or wrong). */
  readonly currentPassword: string | undefined
  /** Under the new password, naming the rules it fails (the server's `reused` included). */
  readonly password: string | undefined
  /** Under the confirmation. */
  readonly confirmation: string | undefined
  /** For the whole form (session ended, rate limited, unavailable). */
  readonly form: string | undefined
}

/** Everything the change-password screen shows, derived by {@link createChangePasswordController}. */
export interface ChangePasswordSnapshot {
  /** The form, then `done`. */
  readonly step: 'change' | 'done'
  /** The current password typed. */
  readonly currentPassword: string
  /** The new password typed. */
  readonly password: string
  /** The confirmation typed. */
  readonly confirmation: string
  /** The current password is shown in clear. */
  readonly currentPasswordVisible: boolean
  /** The new password is shown in clear. */
  readonly passwordVisible: boolean
  /** The confirmation is shown in clear. */
  readonly confirmationVisible: boolean
  /** The live checklist of the new password (with the server's `reused` once it said so). */
  readonly checklist: PasswordChecklistState
  /** Every rule is met. */
  readonly rulesPass: boolean
  /** The confirmation equals the new password. */
  readonly confirmationMatches: boolean
  /** Nothing blocks a submit. */
  readonly canSubmit: boolean
  /** The request is in flight. */
  readonly submitting: boolean
  /** A submit was tried. */
  readonly submitted: boolean
  /** Why the last attempt was refused, or null. */
  readonly error: FormProblem | null
  /** The checks the server refused (422), its `reused` check included. */
  readonly serverChecks: readonly ServerCheck[] | undefined
  /** Localised error texts. */
  readonly errors: ChangePasswordFormErrors
  /** The fields the last refused submit found invalid (and still are), in screen order. */
  readonly errorSummary: readonly FieldError<ChangePasswordField>[]
  /** The field to focus after the last refused submit. */
  readonly focus: FocusRequest<ChangePasswordField> | undefined
  /** Whether the server ended the account's other sessions (once `done`). */
  readonly otherSessionsRevoked: boolean | undefined
  /** What a polite status region says once the password is changed. */
  readonly statusMessage: string | undefined
}

/** The change-password screen (signed in) without a UI. */
export interface ChangePasswordController
  extends Controller<ChangePasswordControllerOptions, ChangePasswordSnapshot> {
  /** Sets the current password. */
  setCurrentPassword(value: string): void
  /** Sets the new password. */
  setPassword(value: string): void
  /** Sets the confirmation. */
  setConfirmation(value: string): void
  /** The confirmation was left: a mismatch shows from then on. */
  blurConfirmation(): void
  /** Shows or masks the current password. */
  setCurrentPasswordVisible(visible: boolean): void
  /** Shows or masks the new password. */
  setPasswordVisible(visible: boolean): void
  /** Shows or masks the confirmation. */
  setConfirmationVisible(visible: boolean): void
  /** Sends the form; resolves `true` once changed. */
  submit(): Promise<boolean>
}

interface State {
  readonly currentPassword: FieldState
  readonly password: FieldState
  readonly confirmation: FieldState
  readonly step: 'change' | 'done'
  readonly status: 'idle' | 'submitting'
  readonly submitted: boolean
  readonly error: FormProblem | null
  readonly retryAfter: number | undefined
  readonly serverChecks: readonly ServerCheck[] | undefined
  readonly otherSessionsRevoked: boolean | undefined
  readonly refusal: Refusal<ChangePasswordField> | undefined
}

const FIELDS = ['currentPassword', 'password', 'confirmation'] as const

function formText(state: State, text: SesameReactMessages): string | undefined {
  switch (state.error) {
    case 'not_signed_in':
      return text.notSignedIn
    case 'rate_limited':
      return text.rateLimited
    case 'server_busy':
      return text.serverBusy(state.retryAfter ?? 1)
    case 'challenge_required':
      return text.challengeRequired
    case 'unavailable':
    case 'invalid_field':
      return text.unavailable
    default:
      return undefined
  }
}

function derive(state: State, options: ChangePasswordControllerOptions): ChangePasswordSnapshot {
  const { policy, locale } = options
  const text = getMessages(locale, options.messages)
  const current = state.currentPassword.value
  const pair = derivePasswordPair({
    policy,
    locale,
    context: options.context,
    blocklist: options.blocklist,
    answers: undefined,
    text,
    password: state.password,
    confirmation: state.confirmation,
    submitted: state.submitted,
    serverChecks: state.serverChecks,
    refused: state.error === 'policy' || state.error === 'mismatch' ? state.error : null,
    breached: false,
  })
  const fieldErrors = {
    currentPassword:
      state.error === 'invalid_credentials'
        ? text.currentPasswordWrong
        : state.submitted && current === ''
          ? text.currentPasswordRequired
          : undefined,
    password: pair.passwordError,
    confirmation: pair.confirmationError,
  }
  return {
    step: state.step,
    currentPassword: current,
    password: state.password.value,
    confirmation: state.confirmation.value,
    currentPasswordVisible: state.currentPassword.visible,
    passwordVisible: state.password.visible,
    confirmationVisible: state.confirmation.visible,
    checklist: pair.checklist,
    rulesPass: pair.rulesPass,
    confirmationMatches: pair.confirmationMatches,
    canSubmit:
      current !== '' && pair.rulesPass && pair.confirmationMatches && state.status === 'idle',
    submitting: state.status === 'submitting',
    submitted: state.submitted,
    error: state.error,
    serverChecks: state.serverChecks,
    errors: { ...fieldErrors, form: formText(state, text) },
    ...summaryOf(state.refusal, fieldErrors),
    otherSessionsRevoked: state.otherSessionsRevoked,
    statusMessage: state.step === 'done' ? text.passwordChanged : undefined,
  }
}

/**
 * The change-password screen (signed in) as a framework-free controller: the current password,
 * the new one with its live checklist, its confirmation. The server's refusals land where they
 * belong: a wrong current password under its field, a `reused` new password in the checklist,
 * an ended session (`not_signed_in`) for the whole form.
 *
 * @example
 * const change = createChangePasswordController({ policy, locale: 'fr', context: { email } })
 */
export function createChangePasswordController(
  options: ChangePasswordControllerOptions,
): ChangePasswordController {
  const store = createStore<State, ChangePasswordControllerOptions, ChangePasswordSnapshot>(
    {
      currentPassword: blankField,
      password: blankField,
      confirmation: blankField,
      step: 'change',
      status: 'idle',
      submitted: false,
      error: null,
      retryAfter: undefined,
      serverChecks: undefined,
      otherSessionsRevoked: undefined,
      refusal: undefined,
    },
    options,
    derive,
  )
  const defaultClient = createSesameClient()
  const inFlight = createInFlight()
  const refuseWithErrors = () => {
    const { errors } = store.getSnapshot()
    store.set((state) => ({
      refusal: refuse(state.refusal, {
        currentPassword: errors.currentPassword,
        password: errors.password,
        confirmation: errors.confirmation,
      }),
    }))
  }

  return {
    subscribe: store.subscribe,
    getSnapshot: store.getSnapshot,
    setOptions: store.setOptions,
    setCurrentPassword: (value) =>
      store.set((state) => ({
        ...patchField<State, 'currentPassword'>('currentPassword', { value })(state),
        error: state.error === 'invalid_credentials' ? null : state.error,
      })),
    setPassword: (value) =>
      store.set((state) => ({
        ...patchField<State, 'password'>('password', { value })(state),
        error: state.error === 'policy' ? null : state.error,
        serverChecks: undefined,
      })),
    setConfirmation: (value) =>
      store.set((state) => ({
        ...patchField<State, 'confirmation'>('confirmation', { value })(state),
        error: state.error === 'mismatch' ? null : state.error,
      })),
    blurConfirmation: () => store.set(patchField('confirmation', { touched: true })),
    setCurrentPasswordVisible: (visible) => store.set(patchField('currentPassword', { visible })),
    setPasswordVisible: (visible) => store.set(patchField('password', { visible })),
    setConfirmationVisible: (visible) => store.set(patchField('confirmation', { visible })),
    async submit() {
      const state = store.state()
      store.set({ submitted: true, ...submittedFields(state, FIELDS, false) })
      if (state.status !== 'idle' || state.step !== 'change') return false
      if (state.currentPassword.value.length > MAX_PASSWORD_LENGTH) {
        store.set({ error: 'invalid_credentials' })
      }
      if (!store.getSnapshot().canSubmit || store.state().error === 'invalid_credentials') {
        refuseWithErrors()
        return false
      }
      const current = store.options()
      const signal = inFlight.next()
      store.set({ status: 'submitting', error: null, ...submittedFields(state, FIELDS, true) })
      const values: ChangePasswordRequest = {
        currentPassword: state.currentPassword.value,
        password: state.password.value,
        confirmation: state.confirmation.value,
      }
      try {
        const result =
          (current.submit
            ? await current.submit(values, { signal })
            : await (current.client ?? defaultClient).changePassword(values, {
                signal,
                ...(current.locale ? { locale: current.locale } : {}),
              })) ?? {}
        if (signal.aborted) return false
        store.set({
          status: 'idle',
          step: 'done',
          currentPassword: blankField,
          password: blankField,
          confirmation: blankField,
          otherSessionsRevoked:
            typeof result.otherSessionsRevoked === 'boolean'
              ? result.otherSessionsRevoked
              : undefined,
        })
        current.onSuccess?.(result)
        return true
      } catch (error) {
        if (signal.aborted) return false
        store.set({
          status: 'idle',
          error: formProblemOf(error),
          retryAfter: retryAfterOf(error),
          serverChecks: isProblemError(error) ? serverChecksOf(error.problem) : undefined,
        })
        refuseWithErrors()
        return false
      }
    },
    stop() {
      inFlight.abort()
      store.set({ status: 'idle' })
    },
  }
}
