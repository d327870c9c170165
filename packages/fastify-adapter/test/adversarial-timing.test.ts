// Adversarial suite over the Fastify 5 plugin: sign-up (and, with SESAME_TIMING=full, sign-in)
// answer in indistinguishable time over real HTTP, with their control runs
// (packages/server/test/adversarial/binding-timing.ts).
import http, { type RequestListener } from 'node:http'
import { createHandler } from '@sesame/server'
import Fastify from 'fastify'
import { describe, it } from 'vitest'
import {
  FULL_TIMING,
  type TimedBinding,
  timingChecks,
} from '../../server/test/adversarial/binding-timing'
import { sesame } from '../src/index'

const fastify: TimedBinding = {
  name: 'fastify',
  async listen(options, mount) {
    const handler = createHandler(options)
    let listener: RequestListener | undefined
    // Fastify's own request handler, served by the measurement's server instead of Fastify's.
    const app = Fastify({
      serverFactory: (handle) => {
        listener = handle
        return http.createServer(handle)
      },
    })
    await app.register(sesame, { prefix: mount, handler, closeHandler: false })
    await app.ready()
    if (listener === undefined) throw new Error('Fastify did not hand over its request handler')
    return {
      listener,
      drain: () => handler.drain(),
      async close() {
        await app.close()
        await handler.shutdown()
      },
    }
  },
}

describe('timing over Fastify 5', () => {
  for (const check of timingChecks(fastify)) {
    it.runIf(FULL_TIMING || !check.full)(check.name, check.run)
  }
})
