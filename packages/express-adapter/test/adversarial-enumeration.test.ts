// Adversarial suite: forgot-password over Express must not reveal whether an account exists when
// the mailer or the lookup throws or hangs. The timing measurement (AUC + KS, with its control)
// runs against the handler itself: packages/server/test/adversarial-enumeration.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { postJson, type Reply, type Served, serve } from '../../server/test/adversarial/http'
import { type AppOptions, instance as makeInstance } from './adversarial/app'

const _PER_SIDE = 300
const _WARM_UP = 40

// Everything an observer sees but the Date header, which only tells the time.
function visible(reply: Reply) {
  const { date: _date, ...headers } = reply.headers
  return { status: reply.status, body: reply.body.toString('utf8'), headers }
}

function _shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1))
    ;[items[i], items[j]] = [items[j]!, items[i]!]
  }
  return items
}

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
