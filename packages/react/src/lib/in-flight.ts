// One request at a time per controller: a new one aborts the previous, `abort` ends the current.
export function createInFlight(): { next(): AbortSignal; abort(): void } {
  let current: AbortController | undefined
  return {
    next() {
      current?.abort()
      current = new AbortController()
      return current.signal
    },
    abort() {
      current?.abort()
      current = undefined
    },
  }
}
