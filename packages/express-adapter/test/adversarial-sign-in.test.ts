// Adversarial suite: POST /sign-in over Express must not tell an unknown email from an account,
// nor one hash family from another, by its answer or its time: the measurement of
// packages/server/test/adversarial-sign-in.test.ts, with the Express router in front.
import express from 'express'
import { describe, expect, it } from 'vitest'
import { serve } from '../../server/test/adversarial/http'
import {
  comparePairs,
  leakyListener,
  measureControl,
  measureSignIn,
  outside,
  type ServerClock,
  TIMING_KINDS,
  timingOptions,
} from '../../server/test/adversarial/sign-in-timing'
import { passwordReset } from '../src/index'

const PER_KIND = 300
const FLOOR_MS = 30

async function served() {
  const { users, ...options } = await timingOptions(FLOOR_MS)
  const router = passwordReset({ ...options, users: { ...users, signIn: () => undefined } })
  const app = express()
  app.use('/auth', router)
  const clock: ServerClock = new Map()
  return { router, clock, served: await serve(leakyListener(app, 50, clock)) }
}

describe('sign-in timing through Express', () => {
  it('answers unknown, argon2, bcrypt and scrypt alike, in indistinguishable time', async () => {
    const { router, clock, served: server } = await served()
    try {
      let run = await measureSignIn(server, clock, '/auth/sign-in', TIMING_KINDS, PER_KIND)
      const judge = () => [
        ...comparePairs(run.samples, TIMING_KINDS).map((p) => ({ ...p, side: 'server' })),
        ...comparePairs(run.client, TIMING_KINDS).map((p) => ({ ...p, side: 'client' })),
      ]
      let pairs = judge()
      // A real leak shows in every measurement: one unlucky window on a shared machine gets a second.
      if (pairs.some(({ comparison }) => outside(comparison))) {
        run = await measureSignIn(server, clock, '/auth/sign-in', TIMING_KINDS, PER_KIND)
        pairs = judge()
      }
      for (const { pair, side, comparison } of pairs) {
        console.info(`[adversarial] sign-in express ${side} ${pair}: ${comparison.summary}`)
      }
      expect(run.seen.size).toBe(1)
      expect(JSON.parse([...run.seen][0]!).status).toBe(401)
      for (const { comparison } of pairs) {
        expect(comparison.auc).toBeGreaterThanOrEqual(0.4)
        expect(comparison.auc).toBeLessThanOrEqual(0.6)
      }
    } finally {
      await server.close()
      await router.handler.shutdown()
    }
  })

  it('control: the same measurement catches 50 µs added to one kind', async () => {
    const { router, clock, served: server } = await served()
    try {
      const comparison = await measureControl(
        server,
        clock,
        '/auth/sign-in',
        ['scrypt', 'unknown'],
        PER_KIND,
      )
      console.info(`[adversarial] sign-in express control (50 µs): ${comparison.summary}`)
      expect(comparison.auc > 0.6 || comparison.ks.pValue < 0.01).toBe(true)
    } finally {
      await server.close()
      await router.handler.shutdown()
    }
  })
})
