// The behaviour suite of @sesame/server over the Fastify 5 plugin.
import { createHandler } from '@sesame/server'
import { type BindingHarness, bindingSuite } from '@sesame/server/testing'
import Fastify from 'fastify'
import { describe, expect, it } from 'vitest'
import { sesame } from '../src/index'

const harness: BindingHarness = {
  async start(options, { mount }) {
    const handler = createHandler(options)
    const app = Fastify({ trustProxy: true })
    await app.register(sesame, { prefix: mount, handler, closeHandler: false })
    const url = await app.listen({ port: 0, host: '127.0.0.1' })
    return {
      url,
      drain: () => handler.drain(),
      async close() {
        await app.close()
        await handler.shutdown()
      },
    }
  },
}

describe('binding suite: Fastify 5', () => {
  for (const check of bindingSuite(harness)) it(check.name, check.run)

  it('leaves the rest of the app alone: its JSON parser and its 404s', async () => {
    const app = Fastify()
    const { suiteFixture } = await import('@sesame/server/testing')
    await app.register(sesame, { prefix: '/auth', handler: createHandler(suiteFixture().options) })
    app.post('/echo', async (request) => ({ got: request.body }))
    const echo = await app.inject({ method: 'POST', url: '/echo', payload: { a: 1 } })
    expect(echo.json()).toEqual({ got: { a: 1 } })
    const outside = await app.inject({ method: 'GET', url: '/elsewhere' })
    expect(outside.headers['content-type']).not.toMatch(/problem/)
    const inside = await app.inject({ method: 'GET', url: '/auth/elsewhere' })
    expect(inside.json().code).toBe('not_found')
    await app.close()
  })
})
