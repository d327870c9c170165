import type { AddressInfo } from 'node:net'
import { Redis } from 'ioredis'
import { afterAll, describe, expect, it } from 'vitest'
import { fromIoredis, redisStore } from '../src/index'
import { EXPRESS_MAJOR, makeFixture, tokenOf } from './fixture'
import { REDIS_URL, redisReachable } from './redis'

const hasRedis = await redisReachable()

async function listen(app: ReturnType<typeof makeFixture>['app']) {
  const server = app.listen(0, '127.0.0.1')
  await new Promise<void>((resolve) => server.once('listening', () => resolve()))
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }
}

describe.skipIf(!hasRedis)(`two instances sharing Redis (Express ${EXPRESS_MAJOR})`, () => {
  const clients = [new Redis(REDIS_URL), new Redis(REDIS_URL)]
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.quit()))
  })
  const prefix = `sesame-test:${Date.now()}:${Math.random()}:`

  it('lets exactly one of 50 concurrent redeems of one token succeed', async () => {
    // Constant credential state: only the store's atomic consume stands between the racers.
    const instances = clients.map((client) =>
      makeFixture({
        constantState: true,
        store: redisStore({ sendCommand: fromIoredis(client), prefix }),
      }),
    )
    const [first, second] = instances as [
      ReturnType<typeof makeFixture>,
      ReturnType<typeof makeFixture>,
    ]
    // Both instances see the same account (one database).
    const user = await first.addUser({ email: 'race@example.fr' })
    second.users.set(user.id, user)

    const servers = await Promise.all(instances.map((instance) => listen(instance.app)))
    try {
      const forgot = await fetch(`${servers[0]!.url}/auth/forgot-password`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'race@example.fr' }),
      })
      expect(forgot.status).toBe(202)
      await first.router.drain()
      const token = tokenOf(first.emails[0]!.url)
      const body = JSON.stringify({
        token,
        password: 'Course-gagn33!',
        confirmation: 'Course-gagn33!',
      })
      const responses = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          fetch(`${servers[i % 2]!.url}/auth/reset-password`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body,
          }).then(async (res) => ({
            status: res.status,
            code: ((await res.json()) as { code?: string }).code,
          })),
        ),
      )
      const successes = responses.filter((res) => res.status === 200)
      expect(successes).toHaveLength(1)
      expect(
        responses.filter((res) => res.status === 409).every((res) => res.code === 'token_used'),
      ).toBe(true)
      expect(responses.filter((res) => res.status !== 200).every((res) => res.status === 409)).toBe(
        true,
      )
      const redeemed = instances.flatMap((instance) =>
        instance.events.filter((event) => event.name === 'redeemed'),
      )
      expect(redeemed).toHaveLength(1)
    } finally {
      await Promise.all(
        servers.map(({ server }) => new Promise((resolve) => server.close(resolve))),
      )
    }
  })

  it('shares forgot-password rate limits across instances', async () => {
    const instances = clients.map((client) =>
      makeFixture({
        store: redisStore({ sendCommand: fromIoredis(client), prefix: `${prefix}rl:` }),
        rateLimit: { email: { max: 3, windowMs: 60_000 }, ip: false },
      }),
    )
    const shared = await instances[0]!.addUser({ email: 'shared@example.fr' })
    instances[1]!.users.set(shared.id, shared)
    const servers = await Promise.all(instances.map((instance) => listen(instance.app)))
    try {
      const statuses: number[] = []
      for (let i = 0; i < 5; i += 1) {
        const res = await fetch(`${servers[i % 2]!.url}/auth/forgot-password`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'shared@example.fr' }),
        })
        statuses.push(res.status)
      }
      expect(statuses).toEqual([202, 202, 202, 202, 202])
      await Promise.all(instances.map((instance) => instance.router.drain()))
      // The budget is shared: three emails in all, whichever instance answered.
      expect(instances.reduce((n, instance) => n + instance.emails.length, 0)).toBe(3)
    } finally {
      await Promise.all(
        servers.map(({ server }) => new Promise((resolve) => server.close(resolve))),
      )
    }
  })
})
