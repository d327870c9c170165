import { useEffect, useRef, useState } from 'react'

// `value` once it has stayed the same for `delayMs`; `initial` until the value first changes after mount.
export function useDebounced<T>(value: T, delayMs: number, initial: T): T {
  const [debounced, setDebounced] = useState(initial)
  const mountValue = useRef(value)
  const changed = useRef(false)
  useEffect(() => {
    // Compared with the mount value rather than counted, so StrictMode's second effect run stays quiet.
    if (!changed.current && Object.is(value, mountValue.current)) return undefined
    changed.current = true
    const timer = setTimeout(() => setDebounced(value), delayMs)
    return () => clearTimeout(timer)
  }, [value, delayMs])
  return debounced
}
