// Adversarial suite: POST /sign-in must not tell an unknown email from an account, nor one hash
// family from another (argon2id, bcrypt, scrypt) — not by status, body or headers, and not by the
// time of its answer, over real HTTP (the fetch handler under node:http; Express runs the same
// measurement). AUC within 0.40–0.60 for every pair over 300 + 300 answers, timed in the HTTP server
// (from the request's arrival to the answer's end) and at the client; the control run must catch,
// with the server-side clock, 50 µs added to one kind after the handler.
import { describe, expect, it } from 'vitest'
import { createHandler } from '../src/index'
import { toNodeHandler } from '../src/node/index'
import { serve } from './adversarial/http'
import {
  comparePairs,
  leakyListener,
  measureControl,
  measureSignIn,
  outside,
  type ServerClock,
  TIMING_KINDS,
  timingOptions,
} from './adversarial/sign-in-timing'

const PER_KIND = 300
const FLOOR_MS = 30

async function served() {
  const handler = createHandler(await timingOptions(FLOOR_MS))
  const listener = toNodeHandler(handler)
  const clock: ServerClock = new Map()
  return { handler, clock, served: await serve(leakyListener(listener, 50, clock)) }
}

describe('sign-in timing through the fetch handler (node:http)', () => {
  it('answers unknown, argon2, bcrypt and scrypt alike, in indistinguishable time', async () => {
    const { handler, clock, served: server } = await served()
    try {
      let run = await measureSignIn(server, clock, '/sign-in', TIMING_KINDS, PER_KIND)
      const judge = () => [
        ...comparePairs(run.samples, TIMING_KINDS).map((p) => ({ ...p, side: 'server' })),
        ...comparePairs(run.client, TIMING_KINDS).map((p) => ({ ...p, side: 'client' })),
      ]
      let pairs = judge()
      // A real leak shows in every measurement: one unlucky window on a shared machine gets a second.
      if (pairs.some(({ comparison }) => outside(comparison))) {
        run = await measureSignIn(server, clock, '/sign-in', TIMING_KINDS, PER_KIND)
        pairs = judge()
      }
      for (const { pair, side, comparison } of pairs) {
        console.info(`[adversarial] sign-in fetch ${side} ${pair}: ${comparison.summary}`)
      }
      expect(run.seen.size).toBe(1)
      expect(JSON.parse([...run.seen][0]!).status).toBe(401)
      for (const { comparison } of pairs) {
        expect(comparison.auc).toBeGreaterThanOrEqual(0.4)
        expect(comparison.auc).toBeLessThanOrEqual(0.6)
      }
    } finally {
      await server.close()
      await handler.shutdown()
    }
  })

  it('control: the same measurement catches 50 µs added to one kind', async () => {
    const { handler, clock, served: server } = await served()
    try {
      const comparison = await measureControl(
        server,
        clock,
        '/sign-in',
        ['bcrypt', 'unknown'],
        PER_KIND,
      )
      console.info(`[adversarial] sign-in fetch control (50 µs): ${comparison.summary}`)
      expect(comparison.auc > 0.6 || comparison.ks.pValue < 0.01).toBe(true)
    } finally {
      await server.close()
      await handler.shutdown()
    }
  })
})
