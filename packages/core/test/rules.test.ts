import { describe, expect, it } from 'vitest'
import {
  type AnyOfCheck,
  type Check,
  type CheckResult,
  checkPassword,
  definePolicy,
  PATTERN_INPUT_LIMIT,
  presets,
} from '../src/index'

const one = (rule: object) => definePolicy({ version: 1, rules: [rule] })
const anyOfCheck = (result: CheckResult): AnyOfCheck => {
  const [first] = result.checks
  if (first?.type !== 'anyOf') throw new Error(`expected an anyOf check, got ${first?.type}`)
  return first
}
const check = (rule: object, password: string, context?: object, options?: object) =>
  // biome-ignore lint/suspicious/noExplicitAny: tests pass loosely typed context on purpose
  checkPassword(one(rule), password, context as any, options as any).checks[0]!

describe('length', () => {
  it('counts code points and reports min, max and tooLong', () => {
    expect(check({ type: 'length', min: 3, max: 5 }, 'ab')).toMatchObject({
      met: false,
      required: 3,
      actual: 2,
      max: 5,
      tooLong: false,
    })
    expect(check({ type: 'length', min: 3, max: 5 }, 'abcde')).toMatchObject({
      met: true,
      actual: 5,
    })
    expect(check({ type: 'length', min: 3, max: 5 }, 'abcdef')).toMatchObject({
      met: false,
      actual: 6,
      tooLong: true,
    })
    expect(check({ type: 'length', min: 2 }, '😀😀')).toMatchObject({ met: true, actual: 2 })
    expect(check({ type: 'length', min: 2 }, '😀')).toMatchObject({ met: false, actual: 1 })
  })
})

describe('character classes', () => {
  it('lowercase, uppercase, digits, letters', () => {
    expect(check({ type: 'lowercase', min: 2 }, 'aBc')).toMatchObject({
      met: true,
      required: 2,
      actual: 2,
    })
    expect(check({ type: 'uppercase', min: 2 }, 'aBc')).toMatchObject({ met: false, actual: 1 })
    expect(check({ type: 'digits', min: 2 }, 'a1b2')).toMatchObject({ met: true, actual: 2 })
    expect(check({ type: 'letters', min: 3 }, 'a1B2c')).toMatchObject({ met: true, actual: 3 })
  })

  it('special is neither letter nor digit by default', () => {
    expect(check({ type: 'special' }, 'ab1 !')).toMatchObject({ met: true, required: 1, actual: 2 })
    expect(check({ type: 'special' }, 'abc123')).toMatchObject({ met: false, actual: 0 })
  })

  it('special with characters counts only those', () => {
    const rule = { type: 'special', min: 2, characters: '!?' }
    expect(check(rule, 'a!b?c')).toMatchObject({ met: true, actual: 2 })
    expect(check(rule, 'a!b#c')).toMatchObject({ met: false, actual: 1 })
  })
})

describe('counter checks', () => {
  it('cannot be altered by a caller to change what a later call answers', () => {
    const first = checkPassword(presets.classic, 'Abcdef12!')
    expect(() => {
      ;(first.checks[0] as { met: unknown }).met = false
    }).toThrow(TypeError)
    expect(checkPassword(presets.classic, 'Zyxwvu98?').checks[0]!.met).toBe(true)
    // The list of checks is the caller's own.
    ;(first.checks as Check[]).pop()
    expect(checkPassword(presets.classic, 'Abcdef12!').checks).toHaveLength(5)
  })

  it('are exact at any count', () => {
    const long = `${'a'.repeat(300)}B12!`
    const check = checkPassword(presets.classic, long).checks[0]!
    expect(check).toEqual({
      id: 'lowercase',
      type: 'lowercase',
      met: true,
      required: 1,
      actual: 300,
    })
    expect(checkPassword(presets.classic, long).checks[3]).toMatchObject({
      actual: 304,
      tooLong: true,
    })
  })
})

describe('maxRepeated', () => {
  it('reports the longest run of identical code points', () => {
    expect(check({ type: 'maxRepeated', max: 2 }, 'aabbb')).toMatchObject({
      met: false,
      required: 2,
      actual: 3,
    })
    expect(check({ type: 'maxRepeated', max: 2 }, 'aabba')).toMatchObject({ met: true, actual: 2 })
    expect(check({ type: 'maxRepeated', max: 1 }, '😀😀')).toMatchObject({ met: false, actual: 2 })
  })
})

describe('notCommon', () => {
  it('is pending without a blocklist', () => {
    expect(check({ type: 'notCommon' }, 'password')).toMatchObject({ met: null, pending: true })
  })

  it('compares case-insensitively after NFC with the given blocklist', () => {
    const blocklist = new Set(['password', 'café'])
    expect(check({ type: 'notCommon' }, 'PassWord', undefined, { blocklist })).toMatchObject({
      met: false,
      actual: 1,
    })
    expect(check({ type: 'notCommon' }, 'CAFE\u0301', undefined, { blocklist })).toMatchObject({
      met: false,
    })
    expect(check({ type: 'notCommon' }, 'correct horse', undefined, { blocklist })).toMatchObject({
      met: true,
      actual: 0,
    })
  })
})

describe('notContextual', () => {
  const rule = { type: 'notContextual' }

  it('refuses the email local part, the name and its words, and user inputs', () => {
    expect(check(rule, 'xxJean.Dupont!', { email: 'jean.dupont@example.com' })).toMatchObject({
      met: false,
    })
    expect(check(rule, 'DUPONT2024', { name: 'Jean Dupont' })).toMatchObject({
      met: false,
      actual: 1,
    })
    expect(check(rule, 'mysesame!!', { userInputs: ['Sesame'] })).toMatchObject({ met: false })
    expect(
      check(rule, 'unrelated', { email: 'jean@example.com', name: 'Jean Dupont' }),
    ).toMatchObject({ met: true, actual: 0 })
  })

  it('ignores fragments shorter than 4 code points and passes without context', () => {
    expect(check(rule, 'xyzJo12', { name: 'Jo Li' })).toMatchObject({ met: true })
    expect(check(rule, 'anything')).toMatchObject({ met: true, required: 0, actual: 0 })
  })
})

describe('pattern', () => {
  it('is met when the password matches (or not, with mustMatch false)', () => {
    const starts = { type: 'pattern', source: '^[A-Z]', messages: { en: 'starts with a capital' } }
    expect(check(starts, 'Abc')).toMatchObject({ met: true, required: 1, actual: 1 })
    expect(check(starts, 'abc')).toMatchObject({ met: false, actual: 0 })
    const noYear = {
      type: 'pattern',
      source: '(19|20)\\d\\d',
      mustMatch: false,
      messages: { en: 'no year' },
    }
    expect(check(noYear, 'pass2024')).toMatchObject({ met: false })
    expect(check(noYear, 'pass')).toMatchObject({ met: true })
  })

  it('only sees the first PATTERN_INPUT_LIMIT code units of the password', () => {
    const endsWithZ = { type: 'pattern', source: 'z$', messages: { en: 'ends with z' } }
    expect(check(endsWithZ, `${'a'.repeat(PATTERN_INPUT_LIMIT)}z`)).toMatchObject({ met: false })
    expect(check(endsWithZ, `${'a'.repeat(PATTERN_INPUT_LIMIT - 1)}z`)).toMatchObject({ met: true })
  })
})

describe('match', () => {
  it('compares the confirmation after NFC', () => {
    expect(check({ type: 'match' }, 'café', { confirmation: 'cafe\u0301' })).toMatchObject({
      met: true,
      actual: 1,
    })
    expect(check({ type: 'match' }, 'café', { confirmation: 'cafe' })).toMatchObject({
      met: false,
      actual: 0,
    })
    expect(check({ type: 'match' }, 'café')).toMatchObject({ met: false })
  })
})

describe('strength and notBreached', () => {
  it('are pending and never make ok true', () => {
    const policy = definePolicy({
      version: 1,
      rules: [{ type: 'strength', minScore: 3 }, { type: 'notBreached' }],
    })
    const result = checkPassword(policy, 'whatever')
    expect(result).toMatchObject({ ok: false, pending: true })
    expect(result.checks[0]).toMatchObject({
      id: 'strength',
      met: null,
      pending: true,
      required: 3,
    })
    expect(result.checks[1]).toMatchObject({ id: 'notBreached', met: null, pending: true })
  })

  it('take answers by rule id from options', () => {
    const policy = definePolicy({
      version: 1,
      rules: [{ type: 'strength' }, { type: 'notBreached' }],
    })
    const answers = { strength: { met: true, actual: 4 }, notBreached: { met: false } }
    const result = checkPassword(policy, 'x', undefined, { answers })
    expect(result).toMatchObject({ ok: false, pending: false })
    expect(result.checks[0]).toEqual({
      id: 'strength',
      type: 'strength',
      met: true,
      required: 3,
      actual: 4,
    })
    expect(result.checks[1]).toMatchObject({ met: false, actual: 1 })
  })
})

describe('anyOf', () => {
  const policy = definePolicy({
    version: 1,
    rules: [
      {
        type: 'anyOf',
        paths: [[{ type: 'length', min: 12 }, { type: 'special' }], [{ type: 'length', min: 20 }]],
      },
    ],
  })

  it('is met when one path is met and says which', () => {
    const check = anyOfCheck(checkPassword(policy, 'a'.repeat(20)))
    expect(check).toMatchObject({ met: true, nearest: 1, required: 1, actual: 1 })
    expect(check.paths.map((p) => p.met)).toEqual([false, true])
  })

  it('points at the path nearest to being met', () => {
    const check = anyOfCheck(checkPassword(policy, 'a'.repeat(13)))
    expect(check).toMatchObject({ met: false, nearest: 0, required: 2, actual: 1 })
    expect(check.paths[0]!.checks.map((c) => c.id)).toEqual(['anyOf.0.length', 'anyOf.0.special'])
  })

  it('is pending when no path is met and one waits for an async rule', () => {
    const waiting = definePolicy({
      version: 1,
      rules: [{ type: 'anyOf', paths: [[{ type: 'notBreached' }], [{ type: 'length', min: 99 }]] }],
    })
    const result = checkPassword(waiting, 'abc')
    expect(result.checks[0]).toMatchObject({ met: null, pending: true })
    expect(result).toMatchObject({ ok: false, pending: true })
  })
})
