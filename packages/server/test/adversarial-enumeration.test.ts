// Adversarial suite: forgot-password must not reveal whether an account exists — not by status,
// body or headers, and not by the server-side time of its answer. Measured in the handler itself
// (what every binding adds the same transport to), with balanced interleaving and both an AUC and
// a KS test; the control run must catch a 50 µs leak. Issue 15 reuses the harness for sign-in.
import { presets } from '@sesame/core'
import { describe, expect, it } from 'vitest'
import { createHandler } from '../src/index'
import { auc, compareTimings, kolmogorovSmirnov } from '../src/testing/index'
import { measureInHandler } from './adversarial/handler-timing'
import { jsonRequest, testTokens } from './helpers'

const PER_SIDE = 300

const known = new Set<string>()
const sent: string[] = []
const handler = createHandler({
  policy: presets.classic,
  tokens: testTokens(),
  users: {
    findByEmail: (email) => (known.has(email) ? { id: email.slice(0, 8), email } : null),
    findById: () => null,
    credentialState: () => 'v1',
    setPassword: () => undefined,
  },
  sendResetEmail: ({ to }) => {
    sent.push(to)
  },
  resetUrl: 'https://portal.example/reset-password',
  rateLimit: { ip: { max: 1e9, windowMs: 60_000 } },
})

const measure = (round: number, leakMicros = 0) =>
  measureInHandler(
    handler,
    ['known', 'unknown'],
    PER_SIDE,
    round,
    (kind, i, address) => {
      const email = `${kind[0]}${round}-${i}@example.fr`
      if (kind === 'known') known.add(email)
      return jsonRequest('/forgot-password', { email }, address)
    },
    leakMicros,
  )

describe('timing helpers', () => {
  it('AUC is 0.5 for one distribution, 1 for disjoint ones, ties count half', () => {
    expect(auc([1, 2, 3], [1, 2, 3])).toBe(0.5)
    expect(auc([4, 5, 6], [1, 2, 3])).toBe(1)
    expect(auc([1, 2], [3, 4])).toBe(0)
    expect(auc([1, 1], [1, 1])).toBe(0.5)
    const a = Array.from({ length: 20 }, (_, i) => i)
    const b = Array.from({ length: 20 }, (_, i) => i + 10)
    expect(kolmogorovSmirnov(a, b).statistic).toBe(0.5)
    expect(kolmogorovSmirnov(a, b).pValue).toBeCloseTo(0.00816, 4)
  })
})

describe('forgot-password for known and unknown emails', () => {
  it('answers identically (status, body, headers) and in indistinguishable server-side time', async () => {
    let { samples, replies } = await measure(1)
    let comparison = compareTimings(samples.known, samples.unknown)
    // A real leak shows in every measurement: one unlucky window on a shared machine gets a second.
    const leaks = (c: typeof comparison) => c.auc < 0.4 || c.auc > 0.6 || c.ks.pValue <= 0.01
    if (leaks(comparison)) {
      ;({ samples, replies } = await measure(2))
      comparison = compareTimings(samples.known, samples.unknown)
    }
    console.info(`[adversarial] enumeration (server-side): ${comparison.summary}`)
    for (const reply of replies) expect(reply).toEqual(replies[0])
    expect(replies[0]!.status).toBe(202)
    expect(sent.length).toBeGreaterThanOrEqual(PER_SIDE)
    expect(comparison.auc).toBeGreaterThanOrEqual(0.4)
    expect(comparison.auc).toBeLessThanOrEqual(0.6)
    expect(comparison.ks.pValue).toBeGreaterThan(0.01)
  })

  it('control: the same measurement catches a 50 µs difference', async () => {
    const { samples } = await measure(3, 50)
    const comparison = compareTimings(samples.known, samples.unknown)
    console.info(`[adversarial] enumeration control (50 µs leak): ${comparison.summary}`)
    expect(comparison.auc).toBeGreaterThan(0.6)
    expect(comparison.ks.pValue).toBeLessThan(0.01)
  })
})
