import { Redis } from 'ioredis'

/** Where the Redis tests connect: REDIS_URL, else the local server. */
export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'

/**
 * Whether Redis answers. Without it the Redis tests skip and say so, except in CI (CI=true),
 * where a missing Redis fails the run instead of hiding the tests.
 */
export async function redisReachable(): Promise<boolean> {
  const client = new Redis(REDIS_URL, {
    lazyConnect: true,
    connectTimeout: 1000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  })
  client.on('error', () => undefined)
  try {
    await client.connect()
    await client.ping()
    return true
  } catch (error) {
    if (process.env.CI === 'true') {
      throw new Error(`Redis is required in CI but ${REDIS_URL} is unreachable`, { cause: error })
    }
    console.warn(
      `[@sesame/server] Redis tests SKIPPED: ${REDIS_URL} is unreachable (set REDIS_URL).`,
    )
    return false
  } finally {
    client.disconnect()
  }
}
