/** How long before a deadline the timer hands over to the event-loop turns, which are precise. */
const FINE_WINDOW_MS = 2

const nextTurn = (): Promise<void> =>
  new Promise((resolve) => {
    const immediate = (globalThis as { setImmediate?: (callback: () => void) => unknown })
      .setImmediate
    if (typeof immediate === 'function') immediate(resolve)
    else setTimeout(resolve, 0)
  })

/**
 * Resolves at `deadline` (a `performance.now()` time), not before: a timer for the bulk of the
 * wait, then event-loop turns for the last stretch (other requests run between them; never a busy
 * loop), where a timer alone would fire late by a varying amount. Resolves at once past it.
 */
export async function holdUntil(deadline: number): Promise<void> {
  const coarse = deadline - performance.now() - FINE_WINDOW_MS
  if (coarse > 0) await new Promise((resolve) => setTimeout(resolve, coarse))
  while (performance.now() < deadline) await nextTurn()
}
