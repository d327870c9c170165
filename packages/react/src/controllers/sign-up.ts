import type { PasswordContext } from '@sesame/core'
import { MAX_NAME_LENGTH, type SignUpRequest } from '@sesame/core/wire'
import { emailProblem, emailText } from '../lib/email'
import { summaryOf } from '../lib/error-summary'
import { blankField, type FieldState, patchField, submittedFields } from '../lib/field'
import { callRoute, sendRequest } from '../lib/in-flight'
import { type FormProblem, formText } from '../lib/map-problem'
import { createPairForm, type PairFormController, type PairFormState } from '../lib/pair-form'
import { derivePasswordPair, type PasswordPairSnapshot, pairFields } from '../lib/password-pair'
import type { Controller } from '../lib/store'
import { getMessages } from '../messages'
import { isProblemError } from '../problem-error'
import type { PolicyScreenOptions } from './screen-options'

/** The fields of the sign-up form, in screen order. */
export type SignUpField = 'name' | 'email' | 'password' | 'confirmation'

// What the controller keeps: the pair's state and the form's own fields.
interface State extends PairFormState<SignUpField> {
  readonly name: FieldState
  readonly email: FieldState
  readonly step: 'signUp' | 'sent'
  // The field an `invalid_field` refusal named.
  readonly refusedField: string | undefined
}

/** Options of {@link createSignUpController}; {@link Controller.setOptions} replaces them. */
export interface SignUpControllerOptions extends PolicyScreenOptions {
  /** Replaces `client.signUp`; throw a `ProblemError` to report a refusal. */
  submit?: ((values: SignUpRequest, init: { signal: AbortSignal }) => Promise<unknown>) | undefined
  /** Called once the server accepted the sign-up. */
  onSent?: (() => void) | undefined
}

/** Error texts of the sign-up form; `undefined` when there is nothing to show. */
export interface SignUpFormErrors {
  /** Under the name (too long). */
  readonly name: string | undefined
  /** Under the email (empty, not an address). */
  readonly email: string | undefined
  /** Under the password, naming the rules it fails. */
  readonly password: string | undefined
  /** Under the confirmation. */
  readonly confirmation: string | undefined
  /** For the whole form (rate limited, service unavailable). */
  readonly form: string | undefined
}

/** Everything the sign-up screen shows, derived by {@link createSignUpController}. */
export interface SignUpSnapshot extends PasswordPairSnapshot<SignUpField> {
  /** The form, then `sent` ("check your email"), whether or not the email had an account. */
  readonly step: 'signUp' | 'sent'
  /** The name typed (optional). */
  readonly name: string
  /** The email typed. */
  readonly email: string
  /** Why the last attempt was refused, or null. */
  readonly error: FormProblem | null
  /** Localised error texts. */
  readonly errors: SignUpFormErrors
  /** What the password is compared with (`notContextual` rule): the email and name typed. */
  readonly context: PasswordContext
}

/** The sign-up screen without a UI. */
export interface SignUpController
  extends PairFormController<SignUpControllerOptions, SignUpSnapshot> {
  /** Sets the name. */
  setName(value: string): void
  /** Sets the email. */
  setEmail(value: string): void
}

const PASSWORDS = ['password', 'confirmation'] as const
/** The fields of the sign-up form, in screen order (the order of its summary and focus). */
export const SIGN_UP_FIELDS = ['name', 'email', 'password', 'confirmation'] as const
// The refusals said for the whole form; a refused field sits under it.
const FORM_PROBLEMS: readonly FormProblem[] = ['rate_limited', 'server_busy', 'unavailable']

function derive(state: State, options: SignUpControllerOptions): SignUpSnapshot {
  const text = getMessages(options.locale, options.messages, options.catalogues)
  const email = state.email.value
  const name = state.name.value
  // The options give the policy, the locale and the blocklist.
  const context = { email: email.trim(), ...(name.trim() ? { name: name.trim() } : {}) }
  const pair = derivePasswordPair(state, { ...options, context, text, refused: state.error })
  const local = state.submitted ? emailProblem(email) : undefined
  const refused = state.error === 'invalid_field' ? (state.refusedField ?? 'email') : undefined
  const fieldErrors = {
    name: name.trim().length > MAX_NAME_LENGTH || refused === 'name' ? text.nameTooLong : undefined,
    email: emailText(local ?? (refused === 'email' ? 'invalid' : undefined), text),
    password: pair.passwordError,
    confirmation: pair.confirmationError,
  }
  return {
    step: state.step,
    name,
    email,
    context,
    ...pairFields(state, pair),
    canSubmit:
      pair.rulesPass &&
      pair.confirmationMatches &&
      emailProblem(email) === undefined &&
      fieldErrors.name === undefined &&
      state.status === 'idle',
    error: state.error,
    errors: {
      ...fieldErrors,
      form: formText(state.error, FORM_PROBLEMS, state.retryAfter, text),
    },
    ...summaryOf(state.refusal, fieldErrors),
    statusMessage: state.step === 'sent' ? text.signUpSent : undefined,
  }
}

/**
 * The sign-up screen as a framework-free controller: an optional name, the email, the password
 * with its live checklist and its confirmation. An accepted sign-up always ends on "check your
 * email": the server answers the same whether or not the address already has an account.
 *
 * @example
 * const signUp = createSignUpController({ policy, locale: 'fr' })
 */
export function createSignUpController(options: SignUpControllerOptions): SignUpController {
  return createPairForm(
    { name: blankField, email: blankField, step: 'signUp', refusedField: undefined },
    options,
    derive,
    SIGN_UP_FIELDS,
    (store, inFlight, defaultClient, refuse, fail) => {
      // A refusal of a field the server named is answered by editing that field.
      const clearInvalid = (state: State) =>
        state.error === 'invalid_field' ? { error: null } : {}

      return {
        setName: (value) =>
          store.set((state) => ({
            ...patchField<State, 'name'>('name', { value })(state),
            ...(state.refusedField === 'name' ? clearInvalid(state) : {}),
          })),
        setEmail: (value) =>
          store.set((state) => ({
            ...patchField<State, 'email'>('email', { value })(state),
            ...(state.refusedField === 'name' ? {} : clearInvalid(state)),
          })),
        async submit() {
          const state = store.state()
          store.set({ submitted: true, ...submittedFields(state, PASSWORDS, false) })
          if (state.status !== 'idle' || state.step !== 'signUp') return false
          if (!store.getSnapshot().canSubmit) return refuse()
          const current = store.options()
          const name = state.name.value.trim()
          const values: SignUpRequest = {
            email: state.email.value.trim(),
            password: state.password.value,
            confirmation: state.confirmation.value,
            ...(name ? { name } : {}),
            ...(current.locale ? { locale: current.locale } : {}),
          }
          const signal = inFlight.next()
          // Masked again before the browser's password manager reads the form.
          store.set({
            status: 'submitting',
            error: null,
            ...submittedFields(store.state(), PASSWORDS, true),
          })
          return sendRequest(
            signal,
            () =>
              callRoute(values, signal, current, (body, init) =>
                (current.client ?? defaultClient).signUp(body, init),
              ),
            {
              done() {
                store.set({
                  status: 'idle',
                  step: 'sent',
                  name: blankField,
                  email: blankField,
                  password: blankField,
                  confirmation: blankField,
                })
                current.onSent?.()
                return true
              },
              failed(error) {
                return fail(error, {
                  refusedField:
                    isProblemError(error) && typeof error.problem.field === 'string'
                      ? error.problem.field
                      : undefined,
                })
              },
            },
          )
        },
      }
    },
  )
}
