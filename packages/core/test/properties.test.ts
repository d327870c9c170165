import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { commonPasswords } from '../src/blocklist/index'
import { checkPassword, definePolicy, describePolicy, type Policy, presets } from '../src/index'

const everyRule: Policy = definePolicy({
  version: 1,
  rules: [
    { type: 'length', min: 4, max: 64 },
    { type: 'lowercase' },
    { type: 'uppercase' },
    { type: 'digits', min: 2 },
    { type: 'letters' },
    { type: 'special' },
    { type: 'special', characters: '!?€' },
    { type: 'maxRepeated', max: 2 },
    { type: 'notCommon' },
    { type: 'notContextual' },
    { type: 'pattern', source: '^[^\\s]', messages: { en: 'no leading space' } },
    { type: 'match' },
    {
      type: 'anyOf',
      paths: [[{ type: 'length', min: 12 }], [{ type: 'digits', min: 3 }, { type: 'special' }]],
    },
  ],
})
const policies = [...Object.values(presets), everyRule]
const anyString = fc.oneof(
  fc.string({ unit: 'grapheme-composite' }),
  fc.string({ unit: 'binary' }),
  fc.string(),
)
const context = fc.record(
  {
    email: fc.emailAddress(),
    name: fc.string({ maxLength: 40 }),
    confirmation: fc.string(),
    userInputs: fc.array(fc.string({ maxLength: 20 }), { maxLength: 5 }),
  },
  { requiredKeys: [] },
)
const options = fc.constantFrom(undefined, { blocklist: commonPasswords })

describe('checkPassword properties', () => {
  it('never throws on any string (full Unicode, lone surrogates) and keeps checks in rule order', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...policies),
        anyString,
        context,
        options,
        (policy, password, ctx, opts) => {
          const result = checkPassword(policy, password, ctx, opts)
          // The implicit wellFormed check comes last, and only when it fails.
          const rules = result.checks.slice(0, policy.rules.length)
          expect(rules.map((c) => c.id)).toEqual(policy.rules.map((r) => r.id))
          expect(rules.map((c) => c.type)).toEqual(policy.rules.map((r) => r.type))
          expect(result.checks.slice(policy.rules.length).map((c) => c.type)).toEqual(
            result.checks.length > policy.rules.length ? ['wellFormed'] : [],
          )
        },
      ),
    )
  })

  it('ok iff every check is met; pending iff a check is undecided', () => {
    fc.assert(
      fc.property(fc.constantFrom(...policies), anyString, options, (policy, password, opts) => {
        const result = checkPassword(policy, password, undefined, opts)
        expect(result.ok).toBe(result.checks.every((c) => c.met === true))
        expect(result.pending).toBe(result.checks.some((c) => c.met === null))
        for (const check of result.checks)
          expect('pending' in check && check.pending === true).toBe(check.met === null)
      }),
    )
  })

  it('counts code points of the NFC form', () => {
    fc.assert(
      fc.property(anyString, (password) => {
        const length = checkPassword(presets.classic, password).checks[3]!.actual
        expect(length).toBe([...password.normalize('NFC')].length)
      }),
    )
  })

  it('counts every class as a reference built on Unicode property regexes does', () => {
    const count = (text: string, re: RegExp) => [...text].filter((c) => re.test(c)).length
    const custom: Policy = definePolicy({
      version: 1,
      rules: [{ type: 'special', characters: '!?€😀' }, ...everyRule.rules.slice(0, 6)],
    })
    fc.assert(
      fc.property(anyString, (password) => {
        const text = password.normalize('NFC')
        const [chars, length, lower, upper, digits, letters, special] = checkPassword(
          custom,
          password,
        ).checks.map((c) => c.actual)
        const lettersRef = count(text, /\p{L}/u)
        const digitsRef = count(text, /\p{Nd}/u)
        expect({ chars, length, lower, upper, digits, letters, special }).toEqual({
          chars: [...text].filter((c) => '!?€😀'.includes(c) && c !== '\ud83d' && c !== '\ude00')
            .length,
          length: [...text].length,
          lower: count(text, /\p{Ll}/u),
          upper: count(text, /\p{Lu}/u),
          digits: digitsRef,
          letters: lettersRef,
          special: [...text].length - lettersRef - digitsRef,
        })
      }),
    )
  })

  it('answers the same whatever was checked before (one plan cached, shared counter checks)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...policies), anyString), { minLength: 2, maxLength: 8 }),
        (calls) => {
          const interleaved = calls.map(([policy, password]) => checkPassword(policy, password))
          // Each call again, right after a check of the same policy with another password.
          const alone = calls.map(([policy, password]) => {
            checkPassword(policy, `${password}x`)
            return checkPassword(policy, password)
          })
          expect(interleaved).toEqual(alone)
        },
      ),
    )
  })

  it('gives the same answer for canonically equivalent strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite' }), (password) => {
        const nfd = checkPassword(everyRule, password.normalize('NFD'), { confirmation: password })
        const nfc = checkPassword(everyRule, password.normalize('NFC'), { confirmation: password })
        expect(nfd).toEqual(nfc)
      }),
    )
  })

  it('describes every rule, in order, in both locales', () => {
    for (const policy of policies)
      for (const locale of ['fr', 'en'])
        expect(describePolicy(policy, locale)).toHaveLength(policy.rules.length)
  })
})

describe('definePolicy properties', () => {
  const countRule = fc.record({
    type: fc.constantFrom('lowercase', 'uppercase', 'digits', 'letters', 'special'),
    min: fc.integer({ min: 1, max: 20 }),
  })
  const lengthRule = fc
    .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }))
    .map(([a, b]) => ({ type: 'length', min: Math.min(a, b), max: Math.max(a, b, 1) }))
  const simple = fc.oneof(
    countRule,
    lengthRule,
    fc.constant({ type: 'notCommon' }),
    fc.record({ type: fc.constant('maxRepeated'), max: fc.integer({ min: 1, max: 9 }) }),
  )
  const rule = fc.oneof(
    simple,
    fc.record({
      type: fc.constant('anyOf'),
      paths: fc.array(fc.array(simple, { minLength: 1, maxLength: 3 }), {
        minLength: 2,
        maxLength: 3,
      }),
    }),
  )

  it('round-trips through JSON with unique ids', () => {
    fc.assert(
      fc.property(fc.array(rule, { maxLength: 8 }), (rules) => {
        const policy = definePolicy({ version: 1, rules })
        expect(definePolicy(JSON.parse(JSON.stringify(policy)))).toEqual(policy)
        const ids: string[] = []
        const walk = (list: Policy['rules']) => {
          for (const r of list) {
            ids.push(r.id)
            if (r.type === 'anyOf') for (const path of r.paths) walk(path)
          }
        }
        walk(policy.rules)
        expect(new Set(ids).size).toBe(ids.length)
      }),
    )
  })
})
