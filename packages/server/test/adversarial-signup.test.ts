// Adversarial suite: sign-up must not reveal whether an address has an account — not by status,
// body or headers, and not by the server-side time of its answer (taken vs free, 300 + 300, AUC
// and KS), with the control run that must catch a 50 µs leak. The lookup, the account's creation
// and the email run after the response.
import { describe, expect, it } from 'vitest'
import { createHandler } from '../src/index'
import { compareTimings } from '../src/testing/index'
import { type SignUpAccount, signUpOptions } from './adversarial/binding-timing'
import { measureInHandler } from './adversarial/handler-timing'
import { jsonRequest } from './helpers'

const PER_SIDE = 300
const PASSWORD = 'Nouveau-m0t2passe!'

const taken = new Map<string, SignUpAccount>()
const kinds: string[] = []
const handler = createHandler(signUpOptions(taken, kinds))

const measure = (round: number, leakMicros = 0) =>
  measureInHandler(
    handler,
    ['taken', 'free'],
    PER_SIDE,
    round,
    (kind, i, address) => {
      const email = `${kind[0]}${round}-${i}@example.fr`
      if (kind === 'taken') taken.set(email, { id: `t${round}-${i}`, email, activated: true })
      return jsonRequest('/sign-up', { email, password: PASSWORD, confirmation: PASSWORD }, address)
    },
    leakMicros,
  )

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
