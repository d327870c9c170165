import { useEffect } from 'react'
import type { FocusRequest } from './error-summary'

// After a refused submit, focus the field the controller names, once React has committed its aria-invalid.
export function useFocusRequest<Field extends string>(
  focus: FocusRequest<Field> | undefined,
  ids: Readonly<Record<Field, string>>,
): void {
  const key = focus?.key
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new refusal (key) is what moves focus
  useEffect(() => {
    if (focus) document.getElementById(ids[focus.field])?.focus()
  }, [key])
}
