import type { Store } from '../stores/types'

/** One named check of {@link storeConformance}: `run` rejects with an explanation when the store fails it. */
export interface ConformanceCheck {
  /** What the check asserts, usable as a test name. */
  readonly name: string
  /** Runs the check against a fresh store; resolves when the store behaves, rejects otherwise. */
  readonly run: () => Promise<void>
}

/** Options of {@link storeConformance}. */
export interface ConformanceOptions {
  /** Concurrent callers in the race checks. Defaults to 50. */
  concurrency?: number
  /** Short window / ttl used by the expiry checks, in milliseconds. Defaults to 60. */
  shortMs?: number
}

function fail(message: string): never {
  throw new Error(`store conformance: ${message}`)
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * The contract every {@link Store} must meet, as named async checks that need no test framework:
 * `for (const check of storeConformance(makeStore)) it(check.name, check.run)`.
 * Each check gets a fresh store from `makeStore`, uses keys unique to the run and shuts it down.
 */
export function storeConformance(
  makeStore: () => Store | Promise<Store>,
  options: ConformanceOptions = {},
): ConformanceCheck[] {
  const concurrency = options.concurrency ?? 50
  const shortMs = options.shortMs ?? 60
  const withStore =
    (body: (store: Store, key: (name: string) => string) => Promise<void>) =>
    async (): Promise<void> => {
      const store = await makeStore()
      const run = crypto.randomUUID()
      try {
        await body(store, (name) => `conformance:${run}:${name}`)
      } finally {
        await store.shutdown()
      }
    }

  return [
    {
      name: 'consume answers true once, then false for the same key',
      run: withStore(async (store, key) => {
        if ((await store.consume(key('a'), 60)) !== true) fail('first consume must answer true')
        if ((await store.consume(key('a'), 60)) !== false) fail('second consume must answer false')
        if ((await store.consume(key('a'), 60)) !== false) fail('third consume must answer false')
      }),
    },
    {
      name: 'consume keeps keys independent',
      run: withStore(async (store, key) => {
        if ((await store.consume(key('a'), 60)) !== true) fail('consume of a must answer true')
        if ((await store.consume(key('b'), 60)) !== true) fail('consume of b must answer true')
      }),
    },
    {
      name: `consume answers true to exactly one of ${concurrency} concurrent callers`,
      run: withStore(async (store, key) => {
        const results = await Promise.all(
          Array.from({ length: concurrency }, () => store.consume(key('race'), 60)),
        )
        const winners = results.filter((result) => result === true).length
        if (winners !== 1) fail(`expected exactly one true, got ${winners}`)
        if (results.some((result) => typeof result !== 'boolean'))
          fail('consume must answer booleans')
      }),
    },
    {
      name: 'consume forgets a key once its ttl has passed',
      run: withStore(async (store, key) => {
        if ((await store.consume(key('ttl'), shortMs / 1000)) !== true) fail('first consume')
        await sleep(shortMs * 2 + 20)
        if ((await store.consume(key('ttl'), 60)) !== true) {
          fail('a key must be usable again after its ttl')
        }
      }),
    },
    {
      name: 'hit counts 1, 2, 3 in one window and reports when it ends',
      run: withStore(async (store, key) => {
        const before = Date.now()
        const counts: number[] = []
        let firstReset = 0
        for (let i = 0; i < 3; i += 1) {
          const { count, resetAt } = await store.hit(key('h'), 60_000)
          if (!(resetAt instanceof Date)) fail('resetAt must be a Date')
          if (i === 0) firstReset = resetAt.getTime()
          // A fixed window: later hits must not push its end.
          else if (Math.abs(resetAt.getTime() - firstReset) > 1_000) fail('resetAt moved')
          counts.push(count)
        }
        if (counts.join() !== '1,2,3') fail(`expected counts 1,2,3, got ${counts.join()}`)
        if (firstReset < before + 59_000 || firstReset > Date.now() + 61_000) {
          fail('resetAt must be about windowMs after the first hit')
        }
      }),
    },
    {
      name: 'hit keeps keys independent',
      run: withStore(async (store, key) => {
        await store.hit(key('x'), 60_000)
        await store.hit(key('x'), 60_000)
        const { count } = await store.hit(key('y'), 60_000)
        if (count !== 1) fail(`a new key must start at 1, got ${count}`)
      }),
    },
    {
      name: `hit counts ${concurrency} concurrent callers exactly once each`,
      run: withStore(async (store, key) => {
        const results = await Promise.all(
          Array.from({ length: concurrency }, () => store.hit(key('race'), 60_000)),
        )
        const counts = results.map((result) => result.count).sort((a, b) => a - b)
        const expected = Array.from({ length: concurrency }, (_, i) => i + 1)
        if (counts.join() !== expected.join()) fail(`expected counts 1..${concurrency}`)
      }),
    },
    {
      name: 'hit starts a new window once the previous one has ended',
      run: withStore(async (store, key) => {
        await store.hit(key('w'), shortMs)
        await store.hit(key('w'), shortMs)
        await sleep(shortMs * 2 + 20)
        const { count } = await store.hit(key('w'), shortMs)
        if (count !== 1) fail(`expected a fresh window at 1, got ${count}`)
      }),
    },
    {
      name: 'peek (when the store has it) reads a count without adding to it',
      run: withStore(async (store, key) => {
        if (store.peek === undefined) return
        if ((await store.peek(key('p'))) !== null) fail('an unknown key must peek as null')
        await store.hit(key('p'), 60_000)
        await store.hit(key('p'), 60_000)
        const first = await store.peek(key('p'))
        const second = await store.peek(key('p'))
        if (first?.count !== 2 || second?.count !== 2) fail('peek must answer 2 twice')
        if (!(first.resetAt instanceof Date)) fail('resetAt must be a Date')
        if ((await store.hit(key('p'), 60_000)).count !== 3) fail('peek must not count')
      }),
    },
    {
      name: 'shutdown resolves',
      run: async () => {
        const store = await makeStore()
        await store.shutdown()
      },
    },
  ]
}
