// Sign-in and change-password pieces the behaviour suite cannot reach through a binding: options
// checked at creation, the hashing bound (503 + Retry-After), the dummy hash of unknown emails, the
// padding deadline and the counters of a store without peek.
import { availableParallelism } from 'node:os'
import { ConfigError } from '@sesame/core'
import { describe, expect, it } from 'vitest'
import { createHandler, type Hasher } from '../src/index'
import { holdUntil } from '../src/lib/deadline'
import { memoryStore } from '../src/stores/memory'
import type { Store } from '../src/stores/types'
import { suiteFixture, suiteHasher } from '../src/testing/index'
import { jsonRequest } from './helpers'

const code = (text: string | Uint8Array | null): unknown =>
  (JSON.parse(String(text)) as { code?: unknown }).code

describe('sign-in options', () => {
  it('refuses at creation a per-account limit without a challenge hook, and bad bounds', () => {
    const { options } = suiteFixture()
    const { challenge: _challenge, ...withoutHook } = options
    expect(() => createHandler(withoutHook)).toThrow(ConfigError)
    expect(() => createHandler({ ...withoutHook, throttle: { account: false } })).not.toThrow()
    expect(() => createHandler({ ...options, passwordHistory: 11 })).toThrow(ConfigError)
    expect(() => createHandler({ ...options, signInFloorMs: -1 })).toThrow(ConfigError)
    expect(() => createHandler({ ...options, hashing: { concurrency: 0 } })).toThrow(ConfigError)
  })

  it('mounts no sign-in or change-password route without a hasher', async () => {
    const { hasher: _hasher, ...options } = suiteFixture().options
    const handler = createHandler(options)
    expect(handler.match('POST', '/sign-in').kind).toBe('not_found')
    expect(handler.match('POST', '/change-password').kind).toBe('not_found')
    expect(createHandler(suiteFixture().options).match('POST', '/sign-in').kind).toBe('route')
  })
})

/** A promise that settles when `release` is called: holds hashes in flight. */
function gated(): { gate: Promise<void>; release: () => void } {
  let release: () => void = () => undefined
  const gate = new Promise<void>((resolve) => {
    release = resolve
  })
  return { gate, release }
}

describe('bounded hashing', () => {
  it('answers 503 server_busy with Retry-After past the queue, while GET /policy still answers', async () => {
    const { gate, release } = gated()
    const slow: Hasher = {
      ...suiteHasher,
      async verify(password, encoded) {
        await gate
        return suiteHasher.verify(password, encoded)
      },
    }
    const fixture = suiteFixture({ hasher: slow, hashing: { concurrency: 1, maxQueue: 1 } })
    fixture.add('a@example.fr')
    const handler = createHandler(fixture.options)
    const attempt = () =>
      handler.handle(
        jsonRequest('/sign-in', { email: 'a@example.fr', password: 'Faux-m0t2passe!' }),
      )
    const first = attempt()
    const second = attempt()
    const third = await attempt()
    expect(third.status).toBe(503)
    expect(third.headers['retry-after']).toBe('1')
    expect(code(third.body)).toBe('server_busy')
    expect(JSON.parse(String(third.body)).retryAfter).toBe(1)
    const policy = await handler.handle({ ...jsonRequest('/policy', null), method: 'GET' })
    expect(policy.status).toBe(200)
    release()
    expect((await first).status).toBe(401)
    expect((await second).status).toBe(401)
    expect((await attempt()).status).toBe(401)
  })
})

describe('the default hashing bound', () => {
  it('keeps a core free: one less than the machine’s cores at once, at least 1, at most 2', async () => {
    let running = 0
    let most = 0
    const { gate, release } = gated()
    const counting: Hasher = {
      ...suiteHasher,
      async verify(password, encoded) {
        running += 1
        most = Math.max(most, running)
        await gate
        running -= 1
        return suiteHasher.verify(password, encoded)
      },
    }
    const fixture = suiteFixture({ hasher: counting })
    fixture.add('a@example.fr')
    const handler = createHandler(fixture.options)
    const answers = Array.from({ length: 6 }, () =>
      handler.handle(
        jsonRequest('/sign-in', { email: 'a@example.fr', password: 'Faux-m0t2passe!' }),
      ),
    )
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(most).toBe(Math.min(2, Math.max(1, availableParallelism() - 1)))
    release()
    for (const answer of await Promise.all(answers)) expect(answer.status).toBe(401)
  })
})

describe('unknown emails', () => {
  it('cost a verification of the library’s own dummy hash, made by the hasher', async () => {
    const made: string[] = []
    const verified: string[] = []
    const spy: Hasher = {
      ...suiteHasher,
      async hash(password) {
        const encoded = await suiteHasher.hash(password)
        made.push(encoded)
        return encoded
      },
      verify(password, encoded) {
        verified.push(encoded)
        return suiteHasher.verify(password, encoded)
      },
    }
    const handler = createHandler(suiteFixture({ hasher: spy }).options)
    for (const email of ['x@example.fr', 'y@example.fr']) {
      const reply = await handler.handle(
        jsonRequest('/sign-in', { email, password: 'Faux-m0t2passe!' }),
      )
      expect(code(reply.body)).toBe('invalid_credentials')
    }
    expect(made).toHaveLength(1)
    expect(verified).toEqual([made[0], made[0]])
  })
})

describe('padding', () => {
  it('holdUntil never resolves before its deadline', async () => {
    for (const ms of [0, 1, 3, 12]) {
      const deadline = performance.now() + ms
      await holdUntil(deadline)
      expect(performance.now()).toBeGreaterThanOrEqual(deadline)
    }
  })

  it('a sign-in answer leaves no earlier than signInFloorMs', async () => {
    const handler = createHandler(suiteFixture({ signInFloorMs: 40 }).options)
    const started = performance.now()
    await handler.handle(jsonRequest('/sign-in', { email: 'z@example.fr', password: 'x' }))
    expect(performance.now() - started).toBeGreaterThanOrEqual(40)
  })
})

describe('a store without peek', () => {
  it('counts every attempt, right passwords included, towards the challenge', async () => {
    const inner = memoryStore()
    const store: Store = {
      consume: (key, ttl) => inner.consume(key, ttl),
      hit: (key, windowMs) => inner.hit(key, windowMs),
      shutdown: () => inner.shutdown(),
    }
    const fixture = suiteFixture({ store, throttle: { account: { max: 2, windowMs: 60_000 } } })
    fixture.add('p@example.fr')
    const handler = createHandler(fixture.options)
    const right = () =>
      handler.handle(
        jsonRequest('/sign-in', { email: 'p@example.fr', password: 'Ancien-mot2passe!' }),
      )
    expect((await right()).status).toBe(200)
    expect((await right()).status).toBe(200)
    expect(code((await right()).body)).toBe('challenge_required')
    await store.shutdown()
  })
})
