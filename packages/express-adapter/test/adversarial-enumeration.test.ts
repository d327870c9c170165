// Adversarial suite (issue 10): forgot-password must not reveal whether an account exists —
// not by status, body or headers, not by timing, and not when the mailer throws or hangs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type AppOptions, instance, instance as makeInstance } from './adversarial/app'
import { postJson, type Reply, type Served, serve } from './adversarial/http'
import { kolmogorovSmirnov, median } from './adversarial/ks'
import { remoteClient } from './adversarial/remote-client'

const PER_SIDE = 300
const WARM_UP = 40

// Everything an observer sees but the Date header, which only tells the time.
function visible(reply: Reply) {
  const { date: _date, ...headers } = reply.headers
  return { status: reply.status, body: reply.body.toString('utf8'), headers }
}

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1))
    ;[items[i], items[j]] = [items[j]!, items[i]!]
  }
  return items
}

describe('KS helper', () => {
  it('finds no difference between samples of one distribution and a clear one otherwise', () => {
    const uniform = (n: number, shift: number) =>
      Array.from({ length: n }, (_, i) => ((i * 7919) % n) / n + shift)
    expect(kolmogorovSmirnov(uniform(300, 0), uniform(300, 0)).pValue).toBeGreaterThan(0.99)
    const shifted = kolmogorovSmirnov(uniform(300, 0), uniform(300, 0.2))
    expect(shifted.statistic).toBeCloseTo(0.2, 2)
    expect(shifted.pValue).toBeLessThan(1e-4)
    // Reference value: D = 0.5 with n = m = 20; λ = (√10 + 0.12 + 0.11/√10)·0.5 ≈ 1.6585, so
    // p = 2·Σ(−1)^(k−1)·exp(−2k²λ²) ≈ 0.00816 (the exact permutation p-value is about 0.012).
    const a = Array.from({ length: 20 }, (_, i) => i)
    const b = Array.from({ length: 20 }, (_, i) => i + 10)
    const result = kolmogorovSmirnov(a, b)
    expect(result.statistic).toBe(0.5)
    expect(result.pValue).toBeCloseTo(0.00816, 4)
    // Ties: identical samples are at distance 0.
    expect(kolmogorovSmirnov([1, 1, 2, 2], [2, 1, 2, 1])).toEqual({ statistic: 0, pValue: 1 })
    expect(median([3, 1, 2, 10])).toBe(2.5)
  })
})

describe('forgot-password for known and unknown emails', () => {
  // Server-side response time of each request (by its x-seq header): from the first middleware
  // to the return of res.end(), when the bytes are handed to the kernel.
  const serverMs = new Map<string, number>()
  const target = instance({
    // The per-address limit would stop this single client long before 600 requests.
    rateLimit: { ip: { max: 1_000_000, windowMs: 60_000 } },
    before: [
      (req, res, next) => {
        const started = process.hrtime.bigint()
        const end = res.end.bind(res) as (...args: unknown[]) => typeof res
        res.end = ((...args: unknown[]) => {
          const result = end(...args)
          serverMs.set(
            String(req.headers['x-seq']),
            Number(process.hrtime.bigint() - started) / 1e6,
          )
          return result
        }) as typeof res.end
        next()
      },
      // Control only: a request carrying this header is held for that many microseconds, a
      // leak the measurement must catch.
      (req, _res, next) => {
        const micros = Number(req.headers['x-control-delay'] ?? 0)
        const until = process.hrtime.bigint() + BigInt(micros * 1000)
        while (process.hrtime.bigint() < until) {}
        next()
      },
    ],
  })
  let served: Served
  let client: ReturnType<typeof remoteClient>
  beforeAll(async () => {
    served = await serve(target.app)
    client = remoteClient(served.url)
  })
  afterAll(async () => {
    await target.router.drain()
    await client.close()
    await served.close()
  })

  interface Sample {
    known: boolean
    reply: Reply
    server: number
  }

  // One measurement: PER_SIDE known and PER_SIDE unknown emails in a random interleaved order,
  // one request at a time on one keep-alive connection from another thread, after a warm-up.
  // The 2 ms gap lets the background work of one request (lookup, token, email) finish before
  // the next one arrives, so that it delays neither.
  async function measure(round: number, knownHeaders: Record<string, string> = {}) {
    const warmUp = Array.from({ length: WARM_UP }, (_, i) =>
      i % 2 ? target.db.add(`w${round}-${i}@example.fr`).email : `wu${round}-${i}@example.fr`,
    )
    await client.send(warmUp.map((email) => ({ path: '/auth/forgot-password', body: { email } })))
    const order = shuffle([
      ...Array.from({ length: PER_SIDE }, (_, i) => ({
        email: target.db.add(`k${round}-${i}@example.fr`).email,
        known: true,
      })),
      ...Array.from({ length: PER_SIDE }, (_, i) => ({
        email: `u${round}-${i}@example.fr`,
        known: false,
      })),
    ])
    const replies = await client.send(
      order.map(({ email, known }, i) => ({
        path: '/auth/forgot-password',
        body: { email },
        headers: { 'x-seq': `${round}-${i}`, ...(known ? knownHeaders : {}) },
      })),
      2,
    )
    await target.router.drain()
    return replies.map(
      (reply, i): Sample => ({
        known: order[i]!.known,
        reply,
        server: serverMs.get(`${round}-${i}`)!,
      }),
    )
  }

  const test = (samples: Sample[], pick: (s: Sample) => number) =>
    kolmogorovSmirnov(
      samples.filter((s) => s.known).map(pick),
      samples.filter((s) => !s.known).map(pick),
    )
  const describeKs = (label: string, samples: Sample[], pick: (s: Sample) => number) => {
    const ks = test(samples, pick)
    const med = (known: boolean) => median(samples.filter((s) => s.known === known).map(pick))
    return `${label}: D = ${ks.statistic.toFixed(4)}, p = ${ks.pValue.toPrecision(3)}, median known ${med(true).toFixed(3)} ms / unknown ${med(false).toFixed(3)} ms`
  }

  it('answers identically (status, body, headers) and in indistinguishable time', async () => {
    const sent = target.emails.length
    let samples = await measure(1)
    let attempts = 1
    // Latency on a shared 2-core machine is noisy (other suites, GC pauses in bursts): one
    // unlucky window can skew one sample. A real leak shows up in both measurements, so a
    // second, independent measurement is taken before failing.
    const leaks = (list: Sample[]) =>
      test(list, (s) => s.server).pValue <= 0.01 || test(list, (s) => s.reply.ms).pValue <= 0.01
    if (leaks(samples)) {
      samples = await measure(2)
      attempts = 2
    }
    const first = visible(samples[0]!.reply)
    for (const { reply } of samples) expect(visible(reply)).toEqual(first)
    expect(first.status).toBe(202)
    // Every known email was really sent (the work happened, off the response path).
    expect(target.emails.length - sent).toBe(PER_SIDE * attempts + (WARM_UP / 2) * attempts)
    console.info(
      `[adversarial] enumeration (attempt ${attempts}) ${describeKs('server-side', samples, (s) => s.server)}; ` +
        describeKs('client-side', samples, (s) => s.reply.ms),
    )
    // Both views: the server-side time (first middleware to res.end(), what a remote observer
    // sees minus the network) and the time seen by the client on its own thread.
    expect(test(samples, (s) => s.server).pValue).toBeGreaterThan(0.01)
    expect(test(samples, (s) => s.reply.ms).pValue).toBeGreaterThan(0.01)
  }, 120_000)

  it('control: the same measurement catches a 50 µs difference', async () => {
    const leak = { 'x-control-delay': '50' }
    let samples = await measure(3, leak)
    let attempts = 1
    // The mirror of the test above: in a noisy window a 50 µs leak can hide in one measurement,
    // so a second one is taken and the two are tested together (twice the samples, more power).
    if (test(samples, (s) => s.server).pValue >= 0.01) {
      samples = [...samples, ...(await measure(4, leak))]
      attempts = 2
    }
    const ks = test(samples, (s) => s.server)
    console.info(
      `[adversarial] enumeration control (50 µs leak, attempt ${attempts}) ${describeKs('server-side', samples, (s) => s.server)}`,
    )
    expect(ks.pValue).toBeLessThan(0.01)
  }, 120_000)
})

describe('a failing mailer or user lookup never changes the forgot-password response', () => {
  const never = new Promise<void>(() => undefined)
  // Limits off: the same account is asked for five times by each variant.
  const instance = (options: AppOptions = {}) => makeInstance({ rateLimit: false, ...options })
  const variants = {
    normal: instance(),
    throws: instance({
      sendResetEmail: () => {
        throw new Error('SMTP down')
      },
    }),
    rejects: instance({ sendResetEmail: () => Promise.reject(new Error('SMTP 451')) }),
    hangs: instance({ sendResetEmail: () => never, emailTimeoutMs: 50 }),
    hangsForever: instance({ sendResetEmail: () => never, emailTimeoutMs: 3_600_000 }),
    lookupFails: instance({
      users: {
        findByEmail: () => Promise.reject(new Error('database down')),
        findById: () => null,
        credentialState: () => 'x',
        setPassword: () => undefined,
      },
    }),
  }
  const served: Record<string, Served> = {}
  beforeAll(async () => {
    for (const [name, variant] of Object.entries(variants)) {
      variant.db.add('camille@example.fr')
      served[name] = await serve(variant.app)
    }
  })
  afterAll(async () => {
    await Promise.all(Object.values(served).map((s) => s.close()))
  })

  it('answers the same 202 whatever the mailer does, and reports the failure to hooks', async () => {
    const reference = visible(
      await postJson(served.normal!, '/auth/forgot-password', { email: 'nobody@example.fr' }),
    )
    for (const name of Object.keys(variants)) {
      // Ten requests: more than the background queue runs at once, so a hung mailer fills it.
      for (let i = 0; i < 10; i++) {
        const email = i % 2 ? 'camille@example.fr' : `nobody${i}@example.fr`
        const reply = await postJson(
          served[name]!,
          '/auth/forgot-password',
          { email },
          {
            'x-forwarded-for': `10.0.0.${i}`,
          },
        )
        expect(visible(reply), name).toEqual(reference)
      }
    }
    await Promise.all(
      ['normal', 'throws', 'rejects', 'hangs', 'lookupFails'].map((name) =>
        variants[name as keyof typeof variants].router.drain(),
      ),
    )
    const codes = (name: keyof typeof variants) =>
      variants[name].events
        .filter((e) => e.name === 'failed')
        .map((e) => (e.payload as { code: string }).code)
    expect(variants.normal.emails).toHaveLength(5)
    expect(codes('normal')).toEqual([])
    expect(codes('throws')).toEqual(Array(5).fill('email_failed'))
    expect(codes('rejects')).toEqual(Array(5).fill('email_failed'))
    expect(codes('hangs')).toEqual(Array(5).fill('email_timeout'))
    expect(codes('lookupFails')).toHaveLength(10)
    expect(new Set(codes('lookupFails'))).toEqual(new Set(['lookup_failed']))
  })
})
