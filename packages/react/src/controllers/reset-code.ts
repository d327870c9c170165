import type { BreachCheckerOptions } from '@sesame/core/breach'
import { RESET_CODE_LENGTH } from '@sesame/core/wire'
import { createSesameClient, type ResetPasswordResult } from '../client'
import { emailProblem, emailText } from '../lib/email'
import {
  type ErrorSummarySnapshot,
  type Refusal,
  refuseFields,
  summaryOf,
} from '../lib/error-summary'
import { blankField, type FieldState, patchField } from '../lib/field'
import { type Controller, createStore } from '../lib/store'
import { getMessages } from '../messages'
import {
  createNewPasswordController,
  type NewPasswordController,
  type NewPasswordSnapshot,
  passwordStepOptions,
} from './new-password'
import type { PolicyScreenOptions } from './screen-options'

/** The fields of the code step, in screen order. */
export type ResetCodeField = 'email' | 'code'

/** Options of {@link createResetCodeController}; {@link Controller.setOptions} replaces them. */
export interface ResetCodeControllerOptions extends PolicyScreenOptions {
  /** Breach check of the new password (see the new-password controller). */
  breach?: boolean | Partial<BreachCheckerOptions> | undefined
  /** The address the email was sent to, when the app knows it (the field starts filled). Read once. */
  email?: string | undefined
  /** Called once the new password is stored. */
  onSuccess?: ((result: ResetPasswordResult) => void) | undefined
}

/** Error texts of the code step; `undefined` when there is nothing to show. */
export interface ResetCodeFormErrors {
  /** Under the email. */
  readonly email: string | undefined
  /** Under the code (empty, not the right number of digits, or refused by the server). */
  readonly code: string | undefined
}

/** Everything the enter-the-code screen shows, derived by {@link createResetCodeController}. */
export interface ResetCodeSnapshot extends ErrorSummarySnapshot<ResetCodeField> {
  /** `code` (email and code), then `password` (the new password on `controller.password`). */
  readonly step: 'code' | 'password'
  /** The email typed. */
  readonly email: string
  /** The code typed, digits only. */
  readonly code: string
  /** How many digits a code has. */
  readonly codeLength: number
  /** Localised error texts. */
  readonly errors: ResetCodeFormErrors
  /** The new-password step's screen (step `password`). */
  readonly password: NewPasswordSnapshot | undefined
}

/** The "enter the code" screen without a UI: email and code, then the new password. */
export interface ResetCodeController
  extends Controller<ResetCodeControllerOptions, ResetCodeSnapshot> {
  /** The new-password controller of the second step. */
  readonly password: NewPasswordController
  /** Sets the email. */
  setEmail(value: string): void
  /** Sets the code: anything but digits is dropped, and it is cut at the code's length. */
  setCode(value: string): void
  /** Checks the email and the code's form, then moves to the new password; `true` when it did. */
  next(): boolean
  /** Back to the email and code. */
  back(): void
}

interface State {
  readonly email: FieldState
  readonly code: FieldState
  readonly step: 'code' | 'password'
  readonly submitted: boolean
  // The server refused the code at the last step: the same answer for wrong, expired and used up.
  readonly refused: boolean
  readonly password: NewPasswordSnapshot
  readonly refusal: Refusal<ResetCodeField> | undefined
}

// Digits only: ASCII ones, as the email prints them (a pasted "1234 5678" keeps its digits).
function digitsOf(value: string): string {
  let digits = ''
  for (const char of value) {
    if (char >= '0' && char <= '9') digits += char
    if (digits.length === RESET_CODE_LENGTH) break
  }
  return digits
}

const FIELDS = ['email', 'code'] as const

function derive(state: State, options: ResetCodeControllerOptions): ResetCodeSnapshot {
  const text = getMessages(options.locale, options.messages, options.catalogues)
  const code = state.code.value
  const fieldErrors = {
    email: emailText(state.submitted ? emailProblem(state.email.value) : undefined, text),
    code: state.refused
      ? text.codeInvalid
      : state.submitted && code === ''
        ? text.codeRequired
        : state.submitted && code.length !== RESET_CODE_LENGTH
          ? text.codeFormat(RESET_CODE_LENGTH)
          : undefined,
  }
  return {
    step: state.step,
    email: state.email.value,
    code,
    codeLength: RESET_CODE_LENGTH,
    errors: fieldErrors,
    ...summaryOf(state.refusal, fieldErrors),
    password: state.step === 'password' ? state.password : undefined,
  }
}

/**
 * The "enter the code" screen as a framework-free controller, for users who read the reset email
 * on another device: the email and the email's one-time code (digits only), then the new password
 * on a new-password controller that sends `{ email, code, password, confirmation }`. A code the
 * server refuses (`code_invalid`) brings the user back to the code, with one text for every cause.
 *
 * @example
 * const entry = createResetCodeController({ policy, locale: 'fr' })
 * entry.setEmail('marie@example.com')
 * entry.setCode('12345678')
 * entry.next()
 */
export function createResetCodeController(
  options: ResetCodeControllerOptions,
): ResetCodeController {
  const defaultClient = createSesameClient()
  const childOptions = (from: ResetCodeControllerOptions, email: string) =>
    passwordStepOptions(from, defaultClient, email, (result) => store.options().onSuccess?.(result))
  const password = createNewPasswordController(childOptions(options, ''))
  const store = createStore<State, ResetCodeControllerOptions, ResetCodeSnapshot>(
    {
      email: { ...blankField, value: options.email ?? '' },
      code: blankField,
      step: 'code',
      submitted: false,
      refused: false,
      password: password.getSnapshot(),
      refusal: undefined,
    },
    options,
    derive,
  )
  const refuseWithErrors = () => refuseFields(store, FIELDS)
  password.subscribe(() => {
    const snapshot = password.getSnapshot()
    // The server refused the code: back to it, with its error, focus and summary.
    if (store.state().step === 'password' && snapshot.flow.step === 'linkInvalid') {
      store.set({ step: 'code', refused: true, submitted: true, password: snapshot })
      refuseWithErrors()
      return
    }
    store.set({ password: snapshot })
  })

  return {
    password,
    subscribe: store.subscribe,
    getSnapshot: store.getSnapshot,
    setOptions(next) {
      store.setOptions(next)
      password.setOptions(childOptions(next, store.state().email.value.trim()))
    },
    setEmail: (value) =>
      store.set((state) => ({
        ...patchField<State, 'email'>('email', { value })(state),
        refused: false,
      })),
    setCode: (value) =>
      store.set((state) => ({
        ...patchField<State, 'code'>('code', { value: digitsOf(value) })(state),
        refused: false,
      })),
    next() {
      store.set({ submitted: true })
      const { errors } = store.getSnapshot()
      if (errors.email !== undefined || errors.code !== undefined) {
        refuseWithErrors()
        return false
      }
      const state = store.state()
      const email = state.email.value.trim()
      password.setOptions(childOptions(store.options(), email))
      password.begin({ email, code: state.code.value })
      store.set({ step: 'password', submitted: false, refused: false })
      return true
    },
    back() {
      password.stop()
      store.set({ step: 'code', submitted: false })
    },
    stop: () => password.stop(),
  }
}
