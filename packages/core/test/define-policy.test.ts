import { describe, expect, it } from 'vitest'
import {
  definePolicy,
  isSesameError,
  PolicyError,
  PolicySchema,
  policySchema,
  presets,
} from '../src/index'

const error = (input: unknown): PolicyError => {
  try {
    definePolicy(input)
  } catch (e) {
    if (e instanceof PolicyError) return e
    throw e
  }
  throw new Error('definePolicy accepted the policy')
}

describe('definePolicy', () => {
  it('fills defaults and ids, and freezes the result deeply', () => {
    const policy = definePolicy({
      version: 1,
      rules: [{ type: 'digits' }, { type: 'length', min: 8 }],
    })
    expect(policy).toEqual({
      version: 1,
      rules: [
        { type: 'digits', id: 'digits', min: 1 },
        { type: 'length', id: 'length', min: 8 },
      ],
    })
    expect(Object.isFrozen(policy)).toBe(true)
    expect(Object.isFrozen(policy.rules)).toBe(true)
    expect(Object.isFrozen(policy.rules[0])).toBe(true)
  })

  it('derives unique ids deterministically and keeps explicit ones', () => {
    const policy = definePolicy({
      version: 1,
      rules: [{ type: 'digits' }, { type: 'digits', id: 'digits' }, { type: 'digits', min: 3 }],
    })
    expect(policy.rules.map((r) => r.id)).toEqual(['digits-2', 'digits', 'digits-3'])
  })

  it('gives nested rules ids under their anyOf', () => {
    const policy = definePolicy({
      version: 1,
      rules: [
        {
          type: 'anyOf',
          id: 'alt',
          paths: [[{ type: 'length', min: 12 }], [{ type: 'letters', id: 'word' }]],
        },
      ],
    })
    const [anyOf] = policy.rules
    expect(anyOf!.type === 'anyOf' && anyOf.paths.map((p) => p.map((r) => r.id))).toEqual([
      ['alt.0.length'],
      ['word'],
    ])
  })

  it('refuses duplicate explicit ids', () => {
    const e = error({
      version: 1,
      rules: [
        { type: 'digits', id: 'x' },
        { type: 'special', id: 'x' },
      ],
    })
    expect(e.issues).toEqual([{ path: ['rules', 1, 'id'], message: 'duplicate id "x"' }])
  })

  it('throws PolicyError naming the bad field', () => {
    const e = error({ version: 1, rules: [{ type: 'lowercase' }, { type: 'digits', min: -1 }] })
    expect(isSesameError(e, 'invalid_policy')).toBe(true)
    expect(e.code).toBe('invalid_policy')
    expect(e.message).toContain('rules.1.min')
    expect(e.issues[0]!.path).toEqual(['rules', 1, 'min'])
  })

  it('refuses unknown keys, rule types, versions and inconsistent bounds', () => {
    expect(error({ version: 1, rules: [{ type: 'digits', mim: 2 }] }).message).toContain('mim')
    expect(error({ version: 1, rules: [{ type: 'emoji' }] }).issues[0]!.path).toEqual([
      'rules',
      0,
      'type',
    ])
    expect(error({ version: 2, rules: [] }).issues[0]!.path).toEqual(['version'])
    expect(
      error({ version: 1, rules: [{ type: 'length', min: 10, max: 5 }] }).issues[0]!.path,
    ).toEqual(['rules', 0, 'max'])
    expect(error(null).code).toBe('invalid_policy')
    expect(
      error({ version: 1, rules: [{ type: 'anyOf', paths: [[{ type: 'anyOf', paths: [] }], []] }] })
        .code,
    ).toBe('invalid_policy')
  })

  it('refuses unsafe patterns and stateful flags', () => {
    const pattern = (source: string, flags = '') => ({
      version: 1,
      rules: [{ type: 'pattern', source, flags, messages: { en: 'x' } }],
    })
    // Quantified groups are fine (the matcher never backtracks); lookarounds are not supported.
    expect(error(pattern('(?=a)')).issues[0]!.path).toEqual(['rules', 0, 'source'])
    expect(error(pattern('(?<!a)b')).code).toBe('invalid_policy')
    expect(error(pattern('(?=a)')).message).toContain('lookaround')
    expect(error(pattern('(a)\\1')).code).toBe('invalid_policy')
    expect(error(pattern('(?<x>a)\\k<x>')).code).toBe('invalid_policy')
    expect(error(pattern('abc', 'g')).code).toBe('invalid_policy')
    expect(error(pattern('[')).code).toBe('invalid_policy')
    expect(
      error({ version: 1, rules: [{ type: 'pattern', source: 'a', messages: {} }] }).code,
    ).toBe('invalid_policy')
    expect(definePolicy(pattern('^(?:[a-z]+)\\d{2}$', 'iu')).rules[0]).toMatchObject({
      flags: 'iu',
      mustMatch: true,
    })
  })

  it('round-trips through JSON, presets included', () => {
    for (const policy of Object.values(presets)) {
      expect(definePolicy(JSON.parse(JSON.stringify(policy)))).toEqual(policy)
    }
  })

  it('exports policySchema as a zod schema, and PolicySchema as its deprecated alias', () => {
    expect(policySchema.safeParse({ version: 1, rules: [] }).success).toBe(true)
    expect(policySchema.safeParse({ version: 1, rules: [{ type: 'x' }] }).success).toBe(false)
    expect(PolicySchema).toBe(policySchema)
  })
})
