// The in-handler timing measurement of the enumeration suites (forgot-password, sign-up): two
// kinds of address, interleaved, timed around `handler.handle` with no transport in the way.
import type { SesameHandler, SesameRequest, SesameResponse } from '../../src/index'
import { interleavedTimings } from '../../src/testing/index'

// A leak to detect: an answer held for `micros` µs, spinning as real work would.
function spin(micros: number): void {
  const until = performance.now() + micros / 1000
  while (performance.now() < until) {}
}

/**
 * Times `perSide` answers of each of `kinds`, interleaved, from a client address of its own per
 * request (round `round`); with `leakMicros`, the first kind's answers are held that long. Waits
 * for the handler's background jobs before it resolves.
 */
export async function measureInHandler<Kind extends string>(
  handler: SesameHandler,
  kinds: readonly [Kind, Kind],
  perSide: number,
  round: number,
  request: (kind: Kind, index: number, address: string) => SesameRequest,
  leakMicros = 0,
): Promise<{ samples: Record<Kind, number[]>; replies: SesameResponse[] }> {
  const replies: SesameResponse[] = []
  const samples = await interleavedTimings(kinds, perSide, async (kind, i) => {
    const call = request(kind, i, `10.${round}.${i >> 8}.${i & 255}`)
    const started = performance.now()
    const reply = await handler.handle(call)
    if (kind === kinds[0] && leakMicros > 0) spin(leakMicros)
    const ms = performance.now() - started
    replies.push(reply)
    return ms
  })
  await handler.drain()
  return { samples, replies }
}
