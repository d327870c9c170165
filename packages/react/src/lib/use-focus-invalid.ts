import { type RefObject, useEffect, useState } from 'react'

// After a refused submit, focus the first invalid field once React has committed its aria-invalid.
export function useFocusFirstInvalid(form: RefObject<HTMLFormElement | null>): () => void {
  const [request, setRequest] = useState(0)
  useEffect(() => {
    if (request === 0) return
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [request, form])
  return () => setRequest((count) => count + 1)
}
