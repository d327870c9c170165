import { Redis } from 'ioredis'
import { createClient } from 'redis'
import { afterAll, describe, expect, it, vi } from 'vitest'
import {
  fromIoredis,
  fromNodeRedis,
  MAX_STORE_KEY_LENGTH,
  memoryStore,
  redisStore,
} from '../src/index'
import { storeConformance } from '../src/testing/index'
import { REDIS_URL, redisReachable } from './redis'

const hasRedis = await redisReachable()

describe('memoryStore conformance', () => {
  for (const check of storeConformance(() => memoryStore())) it(check.name, check.run)
})

describe.skipIf(!hasRedis)('redisStore conformance (ioredis)', () => {
  const client = new Redis(REDIS_URL)
  afterAll(() => client.quit())
  for (const check of storeConformance(() =>
    redisStore({ sendCommand: fromIoredis(client), prefix: 'sesame-test:' }),
  )) {
    it(check.name, check.run)
  }
})

describe.skipIf(!hasRedis)('redisStore conformance (node-redis)', async () => {
  const client = createClient({ url: REDIS_URL })
  if (hasRedis) await client.connect()
  afterAll(async () => {
    await client.quit()
  })
  for (const check of storeConformance(() =>
    redisStore({ sendCommand: fromNodeRedis(client), prefix: 'sesame-test:' }),
  )) {
    it(check.name, check.run)
  }
})

describe.skipIf(!hasRedis)('redisStore', () => {
  it('accepts an ioredis or node-redis client directly', async () => {
    const io = new Redis(REDIS_URL)
    const nodeRedis = createClient({ url: REDIS_URL })
    await nodeRedis.connect()
    try {
      const key = `direct:${Math.random()}`
      const stores = [
        redisStore(io, { prefix: 'sesame-test:' }),
        redisStore(nodeRedis, { prefix: 'sesame-test:' }),
      ]
      expect(await stores[0]!.consume(key, 10)).toBe(true)
      // Same prefix, same server: the second client sees the first one's key.
      expect(await stores[1]!.consume(key, 10)).toBe(false)
      expect(await io.exists(`sesame-test:${key}`)).toBe(1)
    } finally {
      io.disconnect()
      await nodeRedis.quit()
    }
  })

  it('recovers when the rate-limit script is missing from the script cache', async () => {
    const client = new Redis(REDIS_URL)
    try {
      await client.call('SCRIPT', 'FLUSH')
      const store = redisStore({ sendCommand: fromIoredis(client), prefix: 'sesame-test:' })
      const key = `flush:${Math.random()}`
      expect((await store.hit(key, 10_000)).count).toBe(1)
      expect((await store.hit(key, 10_000)).count).toBe(2)
    } finally {
      await client.quit()
    }
  })

  it('rejects, rather than answering, when Redis fails', async () => {
    const store = redisStore({
      sendCommand: () => Promise.reject(new Error('connection refused')),
    })
    await expect(store.consume('k', 10)).rejects.toThrow('connection refused')
    await expect(store.hit('k', 10)).rejects.toThrow('connection refused')
  })
})

describe('storeConformance', () => {
  it('fails a store whose consume is not single-use', async () => {
    const leaky = () => {
      const store = memoryStore()
      return { ...store, consume: () => Promise.resolve(true) }
    }
    const checks = storeConformance(leaky).filter((check) =>
      check.name.startsWith('consume answers'),
    )
    expect(checks.length).toBe(2)
    for (const check of checks) await expect(check.run()).rejects.toThrow(/store conformance/)
  })

  it('fails a store whose hit never counts past one', async () => {
    const forgetful = () => {
      const store = memoryStore()
      return {
        ...store,
        hit: () => Promise.resolve({ count: 1, resetAt: new Date(Date.now() + 1000) }),
      }
    }
    const checks = storeConformance(forgetful).filter((check) =>
      check.name.startsWith('hit counts'),
    )
    expect(checks.length).toBe(2)
    for (const check of checks) await expect(check.run()).rejects.toThrow(/store conformance/)
  })
})

describe('memoryStore', () => {
  it('warns at creation when NODE_ENV=production', async () => {
    vi.stubEnv('NODE_ENV', 'production')
    try {
      const warn = vi.fn()
      const store = memoryStore({ warn })
      expect(warn).toHaveBeenCalledTimes(1)
      expect(warn.mock.calls[0]![0]).toMatch(/redisStore/)
      await store.shutdown()
    } finally {
      vi.unstubAllEnvs()
    }
  })

  it('does not warn outside production', async () => {
    vi.stubEnv('NODE_ENV', 'test')
    try {
      const warn = vi.fn()
      await memoryStore({ warn }).shutdown()
      expect(warn).not.toHaveBeenCalled()
    } finally {
      vi.unstubAllEnvs()
    }
  })

  it('keeps at most maxEntries, evicting the oldest, with one warning', async () => {
    const warn = vi.fn()
    const store = memoryStore({ warn, maxEntries: 100 })
    for (let i = 0; i < 1000; i += 1) {
      await store.hit(`k${i}`, 60_000)
      await store.consume(`c${i}`, 60)
    }
    expect(store.size).toBe(100)
    expect(warn).toHaveBeenCalledTimes(1)
    expect(warn.mock.calls[0]![0]).toMatch(/maxEntries/)
    // The newest entries are the ones kept.
    expect(await store.consume('c999', 60)).toBe(false)
    expect((await store.hit('k999', 60_000)).count).toBe(2)
    await store.shutdown()
  })

  it('refuses keys longer than MAX_STORE_KEY_LENGTH, and empty ones', async () => {
    const store = memoryStore()
    await expect(store.hit('k'.repeat(MAX_STORE_KEY_LENGTH + 1), 1000)).rejects.toMatchObject({
      code: 'invalid_input',
    })
    await expect(store.consume('', 1)).rejects.toMatchObject({ code: 'invalid_input' })
    expect(await store.consume('k'.repeat(MAX_STORE_KEY_LENGTH), 1)).toBe(true)
    await store.shutdown()
  })

  it('sweeps expired entries on its timer', async () => {
    vi.useFakeTimers()
    try {
      let now = 0
      const store = memoryStore({ now: () => now, sweepIntervalMs: 1000 })
      expect(await store.consume('a', 1)).toBe(true)
      now = 5000
      vi.advanceTimersByTime(1000)
      // After the sweep the key is gone, so it can be consumed again.
      expect(await store.consume('a', 1)).toBe(true)
      await store.shutdown()
    } finally {
      vi.useRealTimers()
    }
  })
})
