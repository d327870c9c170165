/** One entry of an error summary: the field and the text shown under it. */
export interface FieldError<Field extends string> {
  /** The field's name. */
  readonly field: Field
  /** Its error text, the same words as under the field. */
  readonly message: string
}

/** Where focus should go after a refused submit; `key` changes with every refusal. */
export interface FocusRequest<Field extends string> {
  /** The first invalid field, in form order. */
  readonly field: Field
  /** Counts the refusals, so that a second refusal of the same field moves focus again. */
  readonly key: number
}

/** The errors of the last refused submit, as they read then. */
export interface Refusal<Field extends string> {
  readonly key: number
  readonly errors: readonly FieldError<Field>[]
}

/** What a form's snapshot says of its last refused submit, for an error summary and focus. */
export interface ErrorSummarySnapshot<Field extends string> {
  /** The fields the last refused submit found invalid (and still are), in screen order. */
  readonly errorSummary: readonly FieldError<Field>[]
  /** The field to focus after the last refused submit. */
  readonly focus: FocusRequest<Field> | undefined
}

type Errors<Field extends string> = Readonly<Record<Field, string | undefined>>

// Form order is the order of `errors`' keys, so that focus and the summary agree with the screen.
export function refuse<Field extends string>(
  previous: Refusal<Field> | undefined,
  errors: Errors<Field>,
): Refusal<Field> | undefined {
  const list = (Object.keys(errors) as Field[]).flatMap((field) => {
    const message = errors[field]
    return message === undefined ? [] : [{ field, message }]
  })
  return list.length === 0 ? previous : { key: (previous?.key ?? 0) + 1, errors: list }
}

// The summary keeps the words of the refusal (it is announced once) and drops the fields fixed since.
export function summaryOf<Field extends string>(
  refusal: Refusal<Field> | undefined,
  errors: Errors<Field>,
): ErrorSummarySnapshot<Field> {
  const first = refusal?.errors[0]
  return {
    errorSummary: refusal?.errors.filter((entry) => errors[entry.field] !== undefined) ?? [],
    focus: refusal && first ? { field: first.field, key: refusal.key } : undefined,
  }
}

/** What {@link refuseFields} needs of a controller's store. */
interface RefusingStore<Field extends string, State extends { readonly refusal?: unknown }> {
  getSnapshot(): { readonly errors: Errors<Field> }
  set(update: (state: State) => Partial<State>): void
}

// A refused submit: the texts the snapshot shows now under `fields` (in form order) become the
// summary and move focus; a refusal that names no field keeps the previous one.
export function refuseFields<
  Field extends string,
  State extends { readonly refusal: Refusal<Field> | undefined },
>(store: RefusingStore<Field, State>, fields: readonly Field[]): void {
  const { errors } = store.getSnapshot()
  const named = Object.fromEntries(fields.map((field) => [field, errors[field]])) as Errors<Field>
  store.set((state) => ({ refusal: refuse(state.refusal, named) }) as Partial<State>)
}
