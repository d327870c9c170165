import {
  type Blocklist,
  type Check,
  checkPassword,
  type PasswordContext,
  type Policy,
} from '@sesame/core'
import {
  type ChooseNewPasswordError,
  canTransition,
  type FlowEvent,
  type FlowState,
  initialState,
  transition,
} from '@sesame/core/flow'
import type { ResetPasswordResult, SesameClient, VerifyResetTokenResult } from '../client'
import { isProblemError } from '../problem-error'
import { linkReasonOf, passwordErrorOf } from './map-problem'
import { createStore, type Store } from './store'

/** What the reset form sends: the token and the new password, twice. */
export interface ResetPasswordSubmission {
  /** The reset token from the link. */
  token: string
  /** The new password. */
  password: string
  /** Its confirmation (equal to `password`). */
  confirmation: string
}

export interface ResetControllerOptions {
  policy: Policy
  blocklist?: Blocklist | undefined
  locale?: string | undefined
  context?: PasswordContext | undefined
  client: SesameClient
  verify?:
    | ((token: string, init: { signal: AbortSignal }) => Promise<VerifyResetTokenResult>)
    | undefined
  submit?:
    | ((
        values: ResetPasswordSubmission,
        init: { signal: AbortSignal },
      ) => Promise<ResetPasswordResult | undefined>)
    | undefined
  onSuccess?: ((result: ResetPasswordResult) => void) | undefined
  // Last client-side gate before sending (the breach check): resolves to a blocking reason or null.
  precheck?: ((password: string) => Promise<'breached' | null>) | undefined
}

export interface ResetFormState {
  readonly token: string | undefined
  readonly password: string
  readonly confirmation: string
  readonly passwordVisible: boolean
  readonly confirmationVisible: boolean
  readonly confirmationTouched: boolean
  readonly submitted: boolean
  readonly status: 'verifying' | 'idle' | 'submitting'
  readonly flow: FlowState
  // A failure outside the flow's own errors: the link could not be checked at all.
  readonly verifyError: 'rate_limited' | 'unavailable' | null
  readonly serverChecks: readonly Check[] | undefined
  // The last submission's refusal, cleared by the next attempt (the flow state keeps it for good).
  readonly submitError: ChooseNewPasswordError | 'breached' | null
}

export interface ResetPasswordController {
  readonly store: Store<ResetFormState>
  setPassword(value: string): void
  setConfirmation(value: string): void
  blurConfirmation(): void
  setPasswordVisible(visible: boolean): void
  setConfirmationVisible(visible: boolean): void
  start(token: string | undefined): void
  submit(): Promise<boolean>
  stop(): void
}

export function createResetPasswordController(
  getOptions: () => ResetControllerOptions,
): ResetPasswordController {
  const store = createStore<ResetFormState>({
    token: undefined,
    password: '',
    confirmation: '',
    passwordVisible: false,
    confirmationVisible: false,
    confirmationTouched: false,
    submitted: false,
    status: 'verifying',
    flow: initialState,
    verifyError: null,
    serverChecks: undefined,
    submitError: null,
  })
  let controller: AbortController | undefined

  const send = (event: FlowEvent) => {
    const { flow } = store.get()
    // A late answer (after the link was rejected, say) must not crash the form.
    if (canTransition(flow, event)) store.set({ flow: transition(flow, event) })
  }
  const fresh = () => {
    controller?.abort()
    controller = new AbortController()
    return controller.signal
  }

  async function verify(token: string) {
    const signal = fresh()
    const { client, verify: customVerify } = getOptions()
    store.set({ status: 'verifying', verifyError: null })
    try {
      const answer = customVerify
        ? await customVerify(token, { signal })
        : await client.verifyResetToken(token, { signal })
      if (signal.aborted) return
      const expiresAt =
        typeof answer.expiresAt === 'string' && !Number.isNaN(Date.parse(answer.expiresAt))
          ? answer.expiresAt
          : new Date().toISOString()
      // @sesame/express answers the token's `purpose`; migrated accounts get 'update' tokens.
      const update = answer.mode === 'update' || answer.purpose === 'update'
      send({ type: 'linkVerified', mode: update ? 'update' : 'reset', expiresAt })
      store.set({ status: 'idle' })
    } catch (error) {
      if (signal.aborted) return
      const reason = linkReasonOf(error)
      if (reason) send({ type: 'linkRejected', reason })
      const limited = isProblemError(error) && error.status === 429
      store.set({
        status: 'idle',
        verifyError: reason ? null : limited ? 'rate_limited' : 'unavailable',
      })
    }
  }

  return {
    store,
    setPassword: (password) =>
      store.set((state) => ({
        password,
        serverChecks: undefined,
        submitError:
          state.submitError === 'policy' || state.submitError === 'breached'
            ? null
            : state.submitError,
      })),
    setConfirmation: (confirmation) =>
      store.set((state) => ({
        confirmation,
        submitError: state.submitError === 'mismatch' ? null : state.submitError,
      })),
    blurConfirmation: () => store.set({ confirmationTouched: true }),
    setPasswordVisible: (passwordVisible) => store.set({ passwordVisible }),
    setConfirmationVisible: (confirmationVisible) => store.set({ confirmationVisible }),
    start(token) {
      store.set({ token })
      if (token === undefined) {
        send({ type: 'linkRejected', reason: 'malformed' })
        store.set({ status: 'idle' })
        return
      }
      void verify(token)
    },
    async submit() {
      const state = store.get()
      store.set({ submitted: true, confirmationTouched: true })
      const options = getOptions()
      const { policy, context, client, submit, onSuccess, locale } = options
      const { token, password, confirmation } = state
      if (state.status !== 'idle' || state.flow.step !== 'chooseNewPassword' || !token) return false
      if (password !== confirmation || !passesLocally(policy, password, context, options))
        return false
      const signal = fresh()
      if (options.precheck) {
        store.set({ status: 'submitting', submitError: null })
        const blocked = await options.precheck(password).catch(() => null)
        if (signal.aborted) return false
        if (blocked) {
          store.set({ status: 'idle', submitError: blocked })
          return false
        }
      }
      // Masked again before the browser's password manager reads the form.
      store.set({
        status: 'submitting',
        passwordVisible: false,
        confirmationVisible: false,
        submitError: null,
      })
      try {
        const values = { token, password, confirmation }
        const result =
          (submit
            ? await submit(values, { signal })
            : await client.resetPassword(values, { signal, ...(locale ? { locale } : {}) })) ?? {}
        if (signal.aborted) return false
        send({ type: 'passwordChanged', signedIn: result.signedIn === true })
        // The password has done its job: do not keep it in memory.
        store.set({ status: 'idle', password: '', confirmation: '', token: undefined })
        onSuccess?.(result)
        return true
      } catch (error) {
        if (signal.aborted) return false
        const reason = linkReasonOf(error)
        const submitError = reason ? null : passwordErrorOf(error)
        if (reason) send({ type: 'linkRejected', reason })
        else if (submitError) send({ type: 'passwordRejected', reason: submitError })
        store.set({
          status: 'idle',
          submitError,
          serverChecks: isProblemError(error) ? error.checks : undefined,
        })
        return false
      }
    },
    stop() {
      controller?.abort()
      controller = undefined
    },
  }
}

// Rules the browser cannot decide (pending: blocklist, strength, breach) are left to the server.
export function passesLocally(
  policy: Policy,
  password: string,
  context: PasswordContext | undefined,
  options: { blocklist?: Blocklist | undefined },
): boolean {
  const result = checkPassword(
    policy,
    password,
    context,
    options.blocklist ? { blocklist: options.blocklist } : {},
  )
  return password !== '' && result.checks.every((check) => check.met !== false)
}
