import type { Refusal } from './error-summary'

/** What a controller keeps of one input. */
export interface FieldState {
  readonly value: string
  /** A password shown in clear. */
  readonly visible: boolean
  /** Left once: its errors may show from then on, never while it is first typed. */
  readonly touched: boolean
}

export const blankField: FieldState = Object.freeze({ value: '', visible: false, touched: false })

// An updater for the store: one field's state changes, the others keep theirs.
export function patchField<State extends object, Name extends keyof State & string>(
  name: Name,
  patch: Partial<FieldState>,
): (state: State) => Partial<State> {
  return (state) =>
    ({ [name]: { ...(state[name] as FieldState), ...patch } }) as unknown as Partial<State>
}

// Every field masked and marked as left: what a submit does before it sends anything.
export function submittedFields<State extends object>(
  state: State,
  names: readonly (keyof State & string)[],
  mask: boolean,
): Partial<State> {
  const patch: Record<string, FieldState> = {}
  for (const name of names) {
    const field = state[name] as FieldState
    patch[name] = { ...field, touched: true, visible: mask ? false : field.visible }
  }
  return patch as Partial<State>
}

/** What a form's controller keeps of its submits, besides its fields. */
export interface SubmitState<Field extends string, Problem> {
  readonly status: 'idle' | 'submitting'
  /** A submit was tried: errors show from then on. */
  readonly submitted: boolean
  /** Why the last submission was refused, or null. */
  readonly error: Problem | null
  readonly refusal: Refusal<Field> | undefined
}

// A form before its first submit.
export const unsubmitted = {
  status: 'idle',
  submitted: false,
  error: null,
  refusal: undefined,
} as const
