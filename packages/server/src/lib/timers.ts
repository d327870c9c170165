/** A timer that never keeps the process alive on its own (where the runtime can say so). */
export function unrefTimer(timer: unknown): void {
  if (typeof timer === 'object' && timer !== null && 'unref' in timer) {
    const unref = (timer as { unref: unknown }).unref
    if (typeof unref === 'function') unref.call(timer)
  }
}

/** Resolves `'timeout'` after `ms` unless cancelled. */
export function timeout(ms: number): { promise: Promise<'timeout'>; cancel: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined
  const promise = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms)
    unrefTimer(timer)
  })
  return { promise, cancel: () => clearTimeout(timer) }
}
