import {
  canTransition,
  type FlowEvent,
  type FlowState,
  initialState,
  type RequestResetError,
  type RequestResetReason,
  transition,
} from '@sesame/core/flow'
import type { SesameClient } from '../client'
import { requestErrorOf } from './map-problem'
import { createStore, type Store } from './store'

export interface ForgotControllerOptions {
  client: SesameClient
  locale?: string | undefined
  submit?: ((email: string, init: { signal: AbortSignal }) => Promise<unknown>) | undefined
  onSent?: (() => void) | undefined
}

export interface ForgotFormState {
  readonly email: string
  readonly status: 'idle' | 'submitting'
  readonly submitted: boolean
  readonly flow: FlowState
  readonly error: RequestResetError | null
}

export interface ForgotPasswordController {
  readonly store: Store<ForgotFormState>
  setEmail(value: string): void
  submit(): Promise<boolean>
  requestNewLink(): void
  stop(): void
}

// Linear (no nested quantifiers): a plausibility check only, the server decides.
const EMAIL = /^[^\s@]+@[^\s@]+$/

export function createForgotPasswordController(
  getOptions: () => ForgotControllerOptions,
  reason: Exclude<RequestResetReason, 'newLink'>,
): ForgotPasswordController {
  const first =
    reason === 'updateRequired'
      ? transition({ step: 'updateRequired' }, { type: 'startUpdate' })
      : transition(initialState, { type: 'forgotPassword' })
  const store = createStore<ForgotFormState>({
    email: '',
    status: 'idle',
    submitted: false,
    flow: first,
    error: null,
  })
  let controller: AbortController | undefined
  const send = (event: FlowEvent) => {
    const { flow } = store.get()
    if (canTransition(flow, event)) store.set({ flow: transition(flow, event) })
  }

  return {
    store,
    setEmail: (email) =>
      store.set((state) => ({
        email,
        error: state.error === 'invalid_email' ? null : state.error,
      })),
    async submit() {
      const state = store.get()
      store.set({ submitted: true })
      if (state.status !== 'idle' || state.flow.step !== 'requestReset') return false
      const email = state.email.trim()
      if (!EMAIL.test(email)) {
        store.set({ error: 'invalid_email' })
        return false
      }
      controller?.abort()
      controller = new AbortController()
      const { signal } = controller
      const { client, submit, locale, onSent } = getOptions()
      store.set({ status: 'submitting', error: null })
      try {
        if (submit) await submit(email, { signal })
        else await client.forgotPassword(email, { signal, ...(locale ? { locale } : {}) })
        if (signal.aborted) return false
        send({ type: 'emailAccepted' })
        // Nothing else needs the address: do not keep it around.
        store.set({ status: 'idle', email: '' })
        onSent?.()
        return true
      } catch (error) {
        if (signal.aborted) return false
        const reason = requestErrorOf(error)
        send({ type: 'emailRejected', reason })
        store.set({ status: 'idle', error: reason })
        return false
      }
    },
    requestNewLink() {
      send({ type: 'requestNewLink' })
      store.set({ submitted: false, error: null })
    },
    stop() {
      controller?.abort()
      controller = undefined
    },
  }
}
