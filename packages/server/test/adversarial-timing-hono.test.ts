// Adversarial suite over Hono 4 (@hono/node-server): sign-up (and, with SESAME_TIMING=full,
// sign-in) answer in indistinguishable time over real HTTP, with their control runs
// (test/adversarial/binding-timing.ts).
import type { IncomingMessage } from 'node:http'
import { getRequestListener } from '@hono/node-server'
import { Hono } from 'hono'
import { describe, it } from 'vitest'
import { createHandler } from '../src/index'
import { FULL_TIMING, type TimedBinding, timingChecks } from './adversarial/binding-timing'

const hono: TimedBinding = {
  name: 'hono',
  async listen(options, mount) {
    const handler = createHandler({ ...options, basePath: mount })
    const app = new Hono<{ Bindings: { incoming: IncomingMessage } }>()
    app.all(`${mount}/*`, (c) =>
      handler.fetch(c.req.raw, { clientAddress: c.env.incoming.socket.remoteAddress }),
    )
    return {
      listener: getRequestListener(app.fetch),
      drain: () => handler.drain(),
      close: () => handler.shutdown(),
    }
  },
}

describe('timing over Hono 4 (@hono/node-server)', () => {
  for (const check of timingChecks(hono))
    it.runIf(FULL_TIMING || !check.full)(check.name, check.run)
})
