import { useId } from 'react'
import type { FocusRequest } from './error-summary'
import { useFocusRequest } from './use-focus-request'

/** What {@link useScreen} gives a screen. */
export interface Screen<Field extends string> {
  /** The prefix of every element id the screen renders. */
  readonly id: string
  /** The input id of each field: the error summary links to it, a refused submit focuses it. */
  readonly ids: Readonly<Record<Field, string>>
  /** The root's classes: the screen's own, then the app's. */
  readonly root: string
}

// What every lifecycle screen starts with: an id per field (focused after a refused submit) and
// its root's classes.
export function useScreen<Field extends string>(
  root: string,
  className: string | undefined,
  focus: FocusRequest<Field> | undefined,
  fields: readonly Field[],
): Screen<Field> {
  const id = useId()
  const ids = Object.fromEntries(fields.map((field) => [field, id + field])) as Record<
    Field,
    string
  >
  useFocusRequest(focus, ids)
  return { id, ids, root: className ? `${root} ${className}` : root }
}
