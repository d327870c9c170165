// Adversarial suite: POST /sign-in must not tell an unknown email from an account, nor one hash
// family from another (argon2id, bcrypt, scrypt) — not by status, body or headers, and not by the
// time of its answer, over real HTTP (the fetch handler under node:http; Express runs the same
// measurement). AUC within 0.40–0.60 for every pair over 300 + 300 answers, timed in the HTTP server
// (from the request's arrival to the answer's end) and at the client; the control run must catch,
// with the server-side clock, 50 µs added to one kind after the handler.
import { describe, it } from 'vitest'
import { createHandler } from '../src/index'
import { toNodeHandler } from '../src/node/index'
import { type TimedBinding, timingChecks } from './adversarial/binding-timing'

const fetchHandler: TimedBinding = {
  name: 'fetch',
  async listen(options, mount) {
    const handler = createHandler({ ...options, basePath: mount })
    return {
      listener: toNodeHandler(handler, { basePath: mount }),
      drain: () => handler.drain(),
      close: () => handler.shutdown(),
    }
  },
}

describe('sign-in timing through the fetch handler (node:http)', () => {
  for (const check of timingChecks(fetchHandler)) {
    if (check.flow === 'sign-in') it(check.name, check.run)
  }
})
