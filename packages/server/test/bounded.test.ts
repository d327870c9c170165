// The measured attack of issue 14, scaled down: unique 15 KB emails grew the portal without bound
// (every refused request stored a 16 KB counter). Emails are now capped before any store call and
// hashed in keys, and the memory store holds at most maxEntries: memory stays bounded.
import { describe, expect, it } from 'vitest'
import { createHandler, MAX_STORE_KEY_LENGTH, memoryStore, type Store } from '../src/index'
import { minimalOptions } from './helpers'

describe('store keys and entries stay bounded under a flood of unique emails', () => {
  it('10,000 unique 15 KB emails and 10,000 unique valid ones from unique addresses', async () => {
    const warnings: string[] = []
    const memory = memoryStore({ maxEntries: 2_000, warn: (message) => warnings.push(message) })
    const keys: string[] = []
    const store: Store = {
      scope: memory.scope,
      consume: (key, ttl) => memory.consume(key, ttl),
      hit: (key, windowMs) => {
        keys.push(key)
        return memory.hit(key, windowMs)
      },
      shutdown: () => memory.shutdown(),
    }
    const handler = createHandler({
      ...minimalOptions(),
      store,
      queue: { maxPending: 100_000, jitterMs: 0 },
    })
    const send = (email: string, address: string) =>
      handler.handle({
        method: 'POST',
        path: '/forgot-password',
        headers: { 'content-type': 'application/json' },
        body: { kind: 'text', text: JSON.stringify({ email }) },
        clientAddress: address,
      })
    const pad = 'x'.repeat(15 * 1024)
    const before = process.memoryUsage().heapUsed
    for (let i = 0; i < 10_000; i += 1) {
      const address = `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`
      const huge = await send(`${pad}${i}@example.fr`, address)
      expect(huge.status).toBe(400)
      const valid = await send(`user${i}@example.fr`, `2001:db8:${i.toString(16)}::1`)
      expect(valid.status).toBe(202)
    }
    await handler.drain()
    // The oversize emails never reached the store; every key is short.
    expect(keys).toHaveLength(20_000)
    expect(Math.max(...keys.map((key) => key.length))).toBeLessThanOrEqual(64)
    expect(Math.max(...keys.map((key) => key.length))).toBeLessThan(MAX_STORE_KEY_LENGTH)
    expect(memory.size).toBeLessThanOrEqual(2_000)
    expect(warnings).toHaveLength(1)
    const grownMb = (process.memoryUsage().heapUsed - before) / 2 ** 20
    console.info(
      `[adversarial] 20,000 requests (10,000 × 15 KB emails): store ${memory.size} entries, heap +${grownMb.toFixed(1)} MB`,
    )
    await handler.shutdown()
    await store.shutdown()
  })
})

describe('createHandler options', () => {
  const base = minimalOptions()
  it('refuses a per-process store when a shared one is required, and bad base paths', () => {
    const invalid = expect.objectContaining({ code: 'invalid_config' })
    expect(() => createHandler({ ...base, requireSharedStore: true })).toThrow(invalid)
    expect(() =>
      createHandler({ ...base, requireSharedStore: true, store: memoryStore() }),
    ).toThrow(invalid)
    expect(() => createHandler({ ...base, basePath: 'auth' })).toThrow(invalid)
    expect(() => createHandler({ ...base, basePath: '/auth/' })).toThrow(invalid)
    expect(() => createHandler({ ...base, rateLimit: { email: { max: 0, windowMs: 1 } } })).toThrow(
      invalid,
    )
    const { users: _users, ...noUsers } = base
    expect(() => createHandler(noUsers as typeof base)).toThrow(/users/)
  })

  it('answers 404 for URLs outside basePath through fetch', async () => {
    const handler = createHandler({ ...base, basePath: '/api/auth' })
    const outside = await handler.fetch(new Request('http://test/other/policy'))
    expect(outside.status).toBe(404)
    expect((await outside.json()).code).toBe('not_found')
    expect((await handler.fetch(new Request('http://test/api/auth/policy'))).status).toBe(200)
    await handler.shutdown()
  })

  it('warns once when requests come without a client address', async () => {
    const warnings: string[] = []
    const onWarning = (warning: Error) => warnings.push(warning.message)
    process.on('warning', onWarning)
    try {
      const handler = createHandler(base)
      for (let i = 0; i < 3; i += 1) {
        const reply = await handler.fetch(
          new Request('http://test/forgot-password', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: '{"email":"a@b.fr"}',
          }),
        )
        expect(reply.status).toBe(202)
      }
      await new Promise((resolve) => setImmediate(resolve))
      expect(warnings.filter((w) => w.includes('client address'))).toHaveLength(1)
      await handler.shutdown()
    } finally {
      process.off('warning', onWarning)
    }
  })
})
