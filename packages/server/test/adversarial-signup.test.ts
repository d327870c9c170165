// Adversarial suite: sign-up must not reveal whether an address has an account — not by status,
// body or headers, and not by the server-side time of its answer (taken vs free, 300 + 300, AUC
// and KS), with the control run that must catch a 50 µs leak. The lookup, the account's creation
// and the email run after the response.
import { presets } from '@sesame/core'
import { describe, expect, it } from 'vitest'
import { createHandler, type SesameRequest, type SesameResponse } from '../src/index'
import { compareTimings, interleavedTimings } from '../src/testing/index'
import { suiteTokens } from '../src/testing/lib/fixture'
import { testTokens } from './helpers'

const PER_SIDE = 300
const PASSWORD = 'Nouveau-m0t2passe!'

interface Account {
  id: string
  email: string
  activated: boolean
}

const taken = new Map<string, Account>()
const kinds: string[] = []
const clock = { offsetMs: 0, now: () => Date.now() }
const handler = createHandler<Account>({
  policy: presets.classic,
  tokens: testTokens(),
  activationTokens: suiteTokens(clock, 'activate'),
  users: {
    findByEmail: (email) => taken.get(email) ?? null,
    findById: () => null,
    credentialState: () => 'v1',
    setPassword: () => undefined,
    create: ({ email }) => ({ id: `n-${email.length}`, email, activated: false }),
    activate: (user) => {
      user.activated = true
    },
    isActivated: (user) => user.activated,
  },
  sendEmail: (email) => {
    kinds.push(email.kind)
  },
  resetUrl: 'https://portal.example/reset-password',
  rateLimit: { ip: { max: 1e9, windowMs: 60_000 } },
})

function signUp(email: string, address: string): SesameRequest {
  return {
    method: 'POST',
    path: '/sign-up',
    headers: { 'content-type': 'application/json' },
    body: {
      kind: 'text',
      text: JSON.stringify({ email, password: PASSWORD, confirmation: PASSWORD }),
    },
    clientAddress: address,
  }
}

// A leak to detect: a taken address's answer held for `micros` µs, spinning as real work would.
function spin(micros: number): void {
  const until = performance.now() + micros / 1000
  while (performance.now() < until) {}
}

async function measure(round: number, leakMicros = 0) {
  const replies: SesameResponse[] = []
  const samples = await interleavedTimings(
    ['taken', 'free'] as const,
    PER_SIDE,
    async (kind, i) => {
      const email = `${kind[0]}${round}-${i}@example.fr`
      if (kind === 'taken') taken.set(email, { id: `t${round}-${i}`, email, activated: true })
      const request = signUp(email, `10.${round}.${i >> 8}.${i & 255}`)
      const started = performance.now()
      const reply = await handler.handle(request)
      if (kind === 'taken' && leakMicros > 0) spin(leakMicros)
      const ms = performance.now() - started
      replies.push(reply)
      return ms
    },
  )
  await handler.drain()
  return { samples, replies }
}

describe('sign-up for taken and free addresses', () => {
  it('answers identically (status, body, headers) and in indistinguishable server-side time', async () => {
    let { samples, replies } = await measure(1)
    let comparison = compareTimings(samples.taken, samples.free)
    // A real leak shows in every measurement: one unlucky window on a shared machine gets a second.
    const leaks = (c: typeof comparison) => c.auc < 0.4 || c.auc > 0.6 || c.ks.pValue <= 0.01
    if (leaks(comparison)) {
      ;({ samples, replies } = await measure(2))
      comparison = compareTimings(samples.taken, samples.free)
    }
    console.info(`[adversarial] sign-up enumeration (server-side): ${comparison.summary}`)
    for (const reply of replies) expect(reply).toEqual(replies[0])
    expect(replies[0]!.status).toBe(202)
    expect(kinds.filter((kind) => kind === 'account_exists').length).toBeGreaterThanOrEqual(
      PER_SIDE,
    )
    expect(kinds.filter((kind) => kind === 'activation').length).toBeGreaterThanOrEqual(PER_SIDE)
    expect(comparison.auc).toBeGreaterThanOrEqual(0.4)
    expect(comparison.auc).toBeLessThanOrEqual(0.6)
    expect(comparison.ks.pValue).toBeGreaterThan(0.01)
  })

  it('control: the same measurement catches a 50 µs difference', async () => {
    const { samples } = await measure(3, 50)
    const comparison = compareTimings(samples.taken, samples.free)
    console.info(`[adversarial] sign-up enumeration control (50 µs leak): ${comparison.summary}`)
    expect(comparison.auc).toBeGreaterThan(0.6)
    expect(comparison.ks.pValue).toBeLessThan(0.01)
  })
})
