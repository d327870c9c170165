import { randomUUID } from 'node:crypto'
import { connect } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningPortal, startPortal } from './portal-server'

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'

function reachable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url)
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port || 6379) })
    socket.setTimeout(500)
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
    socket.once('timeout', () => {
      socket.destroy()
      resolve(false)
    })
  })
}

const redisUp = await reachable(redisUrl)
if (!redisUp) console.warn(`Multi-instance test skipped: no Redis at ${redisUrl} (set REDIS_URL).`)

describe.skipIf(!redisUp)('two instances sharing REDIS_URL', () => {
  let a: RunningPortal
  let b: RunningPortal

  beforeAll(async () => {
    // A fresh key prefix per run: rate-limit windows of earlier runs do not leak in.
    // One token secret for both, as every instance of a deployment shares PORTAL_TOKEN_SECRET.
    const env = {
      REDIS_URL: redisUrl,
      REDIS_PREFIX: `portal-test:${randomUUID()}:`,
      PORTAL_TOKEN_SECRET: randomUUID() + randomUUID(),
    }
    a = await startPortal(env)
    b = await startPortal({ ...env, PORTAL_DB: a.databaseFile })
  })

  afterAll(async () => {
    await b?.stop()
    await a?.stop()
  })

  const forgot = (portal: RunningPortal, email: string) =>
    fetch(`${portal.url}/api/auth/forgot-password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email }),
    })

  it('uses the Redis store', async () => {
    const health = await (await fetch(`${b.url}/api/health`)).json()
    expect(health).toEqual({ ok: true, store: 'redis', mail: 'mailbox' })
  })

  it('counts forgot-password requests across instances', async () => {
    const email = 'cecile.augrou@aidrolland.example'
    const inbox = async () =>
      (
        (await (await fetch(`${a.url}/mailbox`)).text()).match(
          new RegExp(`<td>${email}</td>`, 'g'),
        ) ?? []
      ).length
    const before = await inbox()
    const statuses = [
      (await forgot(a, email)).status,
      (await forgot(b, email)).status,
      (await forgot(a, email)).status,
      (await forgot(b, email)).status,
    ]
    // Every request is accepted alike; the per-email budget (three per 15 minutes, shared through
    // Redis) decides how many emails leave, whichever instance answered.
    expect(statuses).toEqual([202, 202, 202, 202])
    const deadline = Date.now() + 10_000
    while ((await inbox()) < before + 3 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(await inbox()).toBe(before + 3)
  })
})
