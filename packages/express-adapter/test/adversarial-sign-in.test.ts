// Adversarial suite: POST /sign-in over Express must not tell an unknown email from an account,
// nor one hash family from another, by its answer or its time: the measurement of
// packages/server/test/adversarial-sign-in.test.ts, with the Express router in front.
import express from 'express'
import { describe, it } from 'vitest'
import { type TimedBinding, timingChecks } from '../../server/test/adversarial/binding-timing'
import { passwordReset } from '../src/index'

const expressRouter: TimedBinding = {
  name: 'express',
  signInControl: ['scrypt', 'unknown'],
  async listen(options, mount) {
    const router = passwordReset({
      ...options,
      users: { ...options.users, signIn: () => undefined },
    })
    const app = express()
    app.use(mount, router)
    return {
      listener: app,
      drain: () => router.handler.drain(),
      close: () => router.handler.shutdown(),
    }
  },
}

describe('sign-in timing through Express', () => {
  for (const check of timingChecks(expressRouter)) {
    if (check.flow === 'sign-in') it(check.name, check.run)
  }
})
