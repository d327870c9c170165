import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  type BreachLookup,
  checkPassword,
  checkPasswordAsync,
  definePolicy,
  isSesameError,
} from '../src/index'

const policy = definePolicy({
  version: 1,
  rules: [
    { type: 'length', min: 8 },
    { type: 'strength', minScore: 3 },
    { type: 'notBreached' },
    { type: 'notCommon' },
  ],
})

function breachSaying(breached: boolean, count: number): BreachLookup & { asked: string[] } {
  const asked: string[] = []
  return {
    asked,
    async check(password) {
      asked.push(password)
      return { breached, count }
    },
  }
}

describe('checkPasswordAsync', () => {
  it('completes strength, notBreached and notCommon with the shape of checkPassword', async () => {
    const breach = breachSaying(false, 0)
    const result = await checkPasswordAsync(policy, 'vT9#qLx2!mR7@zW4', undefined, { breach })
    expect(result).toEqual({
      ok: true,
      pending: false,
      checks: [
        { id: 'length', type: 'length', met: true, required: 8, actual: 16 },
        { id: 'strength', type: 'strength', met: true, required: 3, actual: 4 },
        { id: 'notBreached', type: 'notBreached', met: true, required: 0, actual: 0 },
        { id: 'notCommon', type: 'notCommon', met: true, required: 0, actual: 0 },
      ],
    })
    expect(breach.asked).toEqual(['vT9#qLx2!mR7@zW4'])
    const sync = checkPassword(policy, 'vT9#qLx2!mR7@zW4')
    // Same fields as the synchronous checks, minus the `pending` flag the async rules lost.
    expect(result.checks.map((check) => Object.keys(check).sort())).toEqual(
      sync.checks.map((check) =>
        Object.keys(check)
          .filter((key) => key !== 'pending')
          .sort(),
      ),
    )
  })

  it('never sends a password with a lone surrogate or an invisible character to the breach checker', async () => {
    const breach = breachSaying(false, 0)
    let estimated = 0
    const strength = () => {
      estimated++
      return { score: 4 }
    }
    for (const password of ['vT9#qLx2!mR7@zW4\udfff', 'vT9#qLx2\u200b!mR7@zW4']) {
      const result = await checkPasswordAsync(policy, password, undefined, { breach, strength })
      expect(result.ok).toBe(false)
      expect(result.checks.at(-1)).toMatchObject({ id: 'wellFormed', met: false, actual: 1 })
    }
    expect(breach.asked).toEqual([])
    expect(estimated).toBe(0)
  })

  it('fails a weak, breached, common password on each async rule', async () => {
    const result = await checkPasswordAsync(policy, 'password1', undefined, {
      breach: breachSaying(true, 2_418_984),
    })
    expect(result.ok).toBe(false)
    expect(result.checks.slice(1)).toEqual([
      { id: 'strength', type: 'strength', met: false, required: 3, actual: 0 },
      { id: 'notBreached', type: 'notBreached', met: false, required: 0, actual: 2_418_984 },
      { id: 'notCommon', type: 'notCommon', met: false, required: 0, actual: 1 },
    ])
  })

  it('leaves notBreached pending (and ok false) without a breach checker', async () => {
    const result = await checkPasswordAsync(policy, 'vT9#qLx2!mR7@zW4')
    expect(result.ok).toBe(false)
    expect(result.pending).toBe(true)
    expect(result.checks[2]).toEqual({
      id: 'notBreached',
      type: 'notBreached',
      met: null,
      pending: true,
      required: 0,
      actual: 0,
    })
  })

  it('uses a custom estimator with the context as user inputs and the locale', async () => {
    const calls: unknown[] = []
    const strengthOnly = definePolicy({ version: 1, rules: [{ type: 'strength', minScore: 2 }] })
    const result = await checkPasswordAsync(
      strengthOnly,
      'whatever',
      { email: 'jean.dupont@example.com', name: 'Jean Dupont' },
      {
        locale: 'fr',
        strength: (password, options) => {
          calls.push({ password, ...options })
          return { score: 2 }
        },
      },
    )
    expect(result.ok).toBe(true)
    expect(calls).toEqual([
      {
        password: 'whatever',
        locale: 'fr',
        userInputs: expect.arrayContaining(['jean.dupont', 'jean', 'dupont']),
      },
    ])
  })

  it('answers rules nested in anyOf paths', async () => {
    const nested = definePolicy({
      version: 1,
      rules: [
        {
          type: 'anyOf',
          paths: [
            [{ type: 'length', min: 20 }],
            [
              { type: 'length', min: 8 },
              { type: 'strength', minScore: 4 },
            ],
          ],
        },
      ],
    })
    const result = await checkPasswordAsync(nested, 'vT9#qLx2!mR7@zW4', undefined, {
      strength: () => ({ score: 4 }),
    })
    expect(result.ok).toBe(true)
    const weak = await checkPasswordAsync(nested, 'vT9#qLx2!mR7@zW4', undefined, {
      strength: () => ({ score: 1 }),
    })
    expect(weak.ok).toBe(false)
  })

  it('leaves strength pending with strength: false, and skips work a policy does not need', async () => {
    const result = await checkPasswordAsync(policy, 'vT9#qLx2!mR7@zW4', undefined, {
      strength: false,
    })
    expect(result.checks[1]).toMatchObject({ met: null, pending: true })
    const breach = breachSaying(true, 1)
    const lengthOnly = definePolicy({ version: 1, rules: [{ type: 'length', min: 8 }] })
    await checkPasswordAsync(lengthOnly, 'abcdefgh', undefined, {
      breach,
      strength: () => {
        throw new Error('must not be called')
      },
    })
    expect(breach.asked).toEqual([])
  })

  it('throws InputError for a non-string password before any async work', async () => {
    const breach = breachSaying(false, 0)
    const error = await checkPasswordAsync(policy, 12 as never, undefined, { breach }).catch(
      (caught: unknown) => caught,
    )
    expect(isSesameError(error, 'invalid_input')).toBe(true)
    expect(breach.asked).toEqual([])
  })
})

describe('main entry isolation', () => {
  // Follows static imports only: dynamic import() is how zxcvbn is meant to be reached.
  function staticGraph(file: string, seen = new Set<string>()): Set<string> {
    if (seen.has(file)) return seen
    seen.add(file)
    const source = readFileSync(file, 'utf8')
    for (const match of source.matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)'/gms)) {
      const specifier = match[1]!
      if (!specifier.startsWith('.')) {
        seen.add(specifier)
        continue
      }
      const base = resolve(dirname(file), specifier)
      const candidates = [`${base}.ts`, `${base}/index.ts`]
      const found = candidates.find((candidate) => {
        try {
          readFileSync(candidate)
          return true
        } catch {
          return false
        }
      })
      if (found !== undefined) staticGraph(found, seen)
    }
    return seen
  }

  it('never statically imports zxcvbn or the strength module from the main entry', () => {
    const entry = fileURLToPath(new URL('../src/index.ts', import.meta.url))
    const graph = [...staticGraph(entry)]
    expect(graph.some((file) => file.endsWith('policy/check-async.ts'))).toBe(true)
    expect(graph.filter((file) => file.includes('zxcvbn') || file.includes('/strength/'))).toEqual(
      [],
    )
  })
})
