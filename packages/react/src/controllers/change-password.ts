import type { PasswordContext } from '@sesame/core'
import {
  type ChangePasswordRequest,
  type ChangePasswordResponse,
  MAX_PASSWORD_LENGTH,
} from '@sesame/core/wire'
import { summaryOf } from '../lib/error-summary'
import { blankField, type FieldState, patchField, submittedFields } from '../lib/field'
import { callRoute, sendRequest } from '../lib/in-flight'
import { type FormProblem, formText } from '../lib/map-problem'
import { createPairForm, type PairFormController, type PairFormState } from '../lib/pair-form'
import { derivePasswordPair, type PasswordPairSnapshot, pairFields } from '../lib/password-pair'
import type { Controller } from '../lib/store'
import { getMessages } from '../messages'
import type { PolicyScreenOptions } from './screen-options'

/** The fields of the change-password form, in screen order. */
export type ChangePasswordField = 'currentPassword' | 'password' | 'confirmation'

// What the controller keeps: the pair's state and the form's own fields.
interface State extends PairFormState<ChangePasswordField> {
  readonly currentPassword: FieldState
  readonly step: 'change' | 'done'
  readonly otherSessionsRevoked: boolean | undefined
}

/** Options of {@link createChangePasswordController}; {@link Controller.setOptions} replaces them. */
export interface ChangePasswordControllerOptions extends PolicyScreenOptions {
  /** What the new password is compared with (`notContextual` rule), e.g. `{ email }`. */
  context?: PasswordContext | undefined
  /** Replaces `client.changePassword`; throw a `ProblemError` to report a refusal. */
  submit?:
    | ((
        values: ChangePasswordRequest,
        init: { signal: AbortSignal },
      ) => Promise<Partial<ChangePasswordResponse> | undefined>)
    | undefined
  /** Called once the password is changed. */
  onSuccess?: ((result: Partial<ChangePasswordResponse>) => void) | undefined
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
export interface ChangePasswordSnapshot extends PasswordPairSnapshot<ChangePasswordField> {
  /** The form, then `done`. */
  readonly step: 'change' | 'done'
  /** The current password typed. */
  readonly currentPassword: string
  /** The current password is shown in clear. */
  readonly currentPasswordVisible: boolean
  /** Whether the server ended the account's other sessions (once `done`). */
  readonly otherSessionsRevoked: boolean | undefined
  /** Why the last attempt was refused, or null. */
  readonly error: FormProblem | null
  /** Localised error texts. */
  readonly errors: ChangePasswordFormErrors
}

/** The change-password screen (signed in) without a UI. */
export interface ChangePasswordController
  extends PairFormController<ChangePasswordControllerOptions, ChangePasswordSnapshot> {
  /** Sets the current password. */
  setCurrentPassword(value: string): void
  /** Shows or masks the current password. */
  setCurrentPasswordVisible(visible: boolean): void
}

const FIELDS = ['currentPassword', 'password', 'confirmation'] as const

// The refusals said for the whole form; a wrong current password sits under its field.
const FORM_PROBLEMS: readonly FormProblem[] = [
  'not_signed_in',
  'rate_limited',
  'server_busy',
  'challenge_required',
  'unavailable',
  'invalid_field',
]

function derive(state: State, options: ChangePasswordControllerOptions): ChangePasswordSnapshot {
  const text = getMessages(options.locale, options.messages, options.catalogues)
  const current = state.currentPassword.value
  // The options give the policy, the locale, the context and the blocklist.
  const pair = derivePasswordPair(state, { ...options, text, refused: state.error })
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
    currentPasswordVisible: state.currentPassword.visible,
    ...pairFields(state, pair),
    canSubmit:
      current !== '' && pair.rulesPass && pair.confirmationMatches && state.status === 'idle',
    error: state.error,
    errors: {
      ...fieldErrors,
      form: formText(state.error, FORM_PROBLEMS, state.retryAfter, text),
    },
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
  return createPairForm(
    { currentPassword: blankField, step: 'change', otherSessionsRevoked: undefined },
    options,
    derive,
    FIELDS,
    (store, inFlight, defaultClient, refuse, fail) => {
      return {
        setCurrentPassword: (value) =>
          store.set((state) => ({
            ...patchField<State, 'currentPassword'>('currentPassword', { value })(state),
            error: state.error === 'invalid_credentials' ? null : state.error,
          })),
        setCurrentPasswordVisible: (visible) =>
          store.set(patchField('currentPassword', { visible })),
        async submit() {
          const state = store.state()
          store.set({ submitted: true, ...submittedFields(state, FIELDS, false) })
          if (state.status !== 'idle' || state.step !== 'change') return false
          if (state.currentPassword.value.length > MAX_PASSWORD_LENGTH) {
            store.set({ error: 'invalid_credentials' })
          }
          if (!store.getSnapshot().canSubmit || store.state().error === 'invalid_credentials') {
            return refuse()
          }
          const current = store.options()
          const values: ChangePasswordRequest = {
            currentPassword: state.currentPassword.value,
            password: state.password.value,
            confirmation: state.confirmation.value,
          }
          const signal = inFlight.next()
          store.set({ status: 'submitting', error: null, ...submittedFields(state, FIELDS, true) })
          return sendRequest(
            signal,
            async () =>
              (await callRoute(values, signal, current, (body, init) =>
                (current.client ?? defaultClient).changePassword(body, init),
              )) ?? {},
            {
              done(result) {
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
              },
              failed(error) {
                return fail(error)
              },
            },
          )
        },
      }
    },
  )
}
