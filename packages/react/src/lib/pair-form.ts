import { createSesameClient, type SesameClient } from '../client'
import { refuseFields } from './error-summary'
import { blankField, type FieldState, type SubmitState, unsubmitted } from './field'
import { createInFlight, type InFlight } from './in-flight'
import type { FormProblem } from './map-problem'
import {
  type PasswordPairActions,
  passwordPairActions,
  refusedPairState,
  type ServerCheck,
} from './password-pair'
import { type Controller, createStore, type Store } from './store'

/** What a form that sets a new password besides other fields (sign-up, change) keeps. */
export interface PairFormState<Field extends string> extends SubmitState<Field, FormProblem> {
  readonly step: string
  readonly password: FieldState
  readonly confirmation: FieldState
  readonly retryAfter: number | undefined
  readonly serverChecks: readonly ServerCheck[] | undefined
}

/** A screen's controller whose form sets a new password among other fields (sign-up, change). */
export interface PairFormController<Options, Snapshot>
  extends Controller<Options, Snapshot>,
    PasswordPairActions {
  /** Sends the form; resolves `true` once the server accepted it. */
  submit(): Promise<boolean>
}

/** What a controller's own methods are built from: its store, its request slot, its client. */
export type PairFormParts<State, Options, Snapshot> = [
  store: Store<State, Options, Snapshot>,
  inFlight: InFlight,
  /** The client while the options name none (same origin). */
  defaultClient: SesameClient,
  /** A refused submit: the summary and focus of the fields' errors; resolves what `submit` does. */
  refuse: () => false,
  /** The server refused: the pair's checks and the problem (with `patch`), then `refuse`. */
  fail: (error: unknown, patch?: Partial<State>) => false,
]

// Sign-up and change-password keep the same state around their own fields and answer the pair's
// edits, subscriptions and `stop` the same way; `own` adds the rest (its fields, its submit).
export function createPairForm<
  Field extends string,
  State extends PairFormState<Field>,
  Options extends object,
  Snapshot extends { readonly errors: Readonly<Record<Field, string | undefined>> },
  Own extends object,
>(
  initial: Omit<State, Exclude<keyof PairFormState<Field>, 'step'>>,
  options: Options,
  derive: (state: State, options: Options) => Snapshot,
  fields: readonly Field[],
  own: (...parts: PairFormParts<State, Options, Snapshot>) => Own,
): Controller<Options, Snapshot> & PasswordPairActions & Own {
  // The pair's fields and the submit bookkeeping start blank; `initial` gives the form's own.
  const store = createStore(
    {
      password: blankField,
      confirmation: blankField,
      ...unsubmitted,
      retryAfter: undefined,
      serverChecks: undefined,
      ...initial,
    } as State,
    options,
    derive,
  )
  const inFlight = createInFlight()
  const refuse = () => {
    refuseFields(store, fields)
    return false as const
  }
  // Editing the field a refusal was about answers it.
  const clear = (kind: FormProblem) => (state: State) =>
    (state.error === kind ? { error: null } : {}) as Partial<State>
  return {
    subscribe: store.subscribe,
    getSnapshot: store.getSnapshot,
    setOptions: store.setOptions,
    ...passwordPairActions(store, { password: clear('policy'), confirmation: clear('mismatch') }),
    stop() {
      inFlight.abort()
      store.set({ status: 'idle' } as Partial<State>)
    },
    ...own(store, inFlight, createSesameClient(), refuse, (error, patch) => {
      store.set({ ...refusedPairState(error), ...patch } as Partial<State>)
      return refuse()
    }),
  }
}
