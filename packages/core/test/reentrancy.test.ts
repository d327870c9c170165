// Evaluation keeps its state per call: a user's callback that re-enters checkPassword (here a
// blocklist's `has`) must not change the outer call's answer.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type Blocklist, checkPassword, definePolicy, type Policy, presets } from '../src/index'

const outer = definePolicy({
  version: 1,
  rules: [
    { type: 'length', min: 8, max: 64 },
    { type: 'maxRepeated', max: 2 },
    { type: 'notCommon' },
    { type: 'notContextual' },
    { type: 'pattern', source: '^[^0-9]', messages: { en: 'does not start with a digit' } },
    { type: 'match' },
    {
      type: 'anyOf',
      paths: [[{ type: 'digits', min: 2 }], [{ type: 'special', min: 1, characters: '!?' }]],
    },
  ],
})
const inner: readonly Policy[] = [
  presets.classic,
  presets.cnil,
  definePolicy({
    version: 1,
    rules: [{ type: 'pattern', source: 'z{3}', messages: { en: 'three z' } }],
  }),
]
const common = new Set(['password1', 'azertyuiop'])
const context = { email: 'marie.curie@example.fr', name: 'Marie Curie' }

describe('checkPassword is re-entrant', () => {
  it('answers the same when the blocklist checks other passwords against other policies', () => {
    const password = 'Curie-wins42!'
    const plain = checkPassword(
      outer,
      password,
      { ...context, confirmation: password },
      {
        blocklist: common,
      },
    )
    let calls = 0
    const reentrant: Blocklist = {
      has(candidate) {
        calls++
        for (const policy of inner) checkPassword(policy, 'zzz1234567890ÉÉÉéé', { email: 'z@z.z' })
        // And the outer policy too, with another password and context.
        checkPassword(outer, '11111', { name: 'Other' }, { blocklist: common })
        return common.has(candidate)
      },
    }
    const result = checkPassword(
      outer,
      password,
      { ...context, confirmation: password },
      {
        blocklist: reentrant,
      },
    )
    expect(calls).toBe(1)
    expect(result).toEqual(plain)
  })

  it('for any outer and inner passwords', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.string({ maxLength: 80, unit: 'grapheme' }),
        fc.nat({ max: inner.length - 1 }),
        (password, other, which) => {
          const options = (blocklist: Blocklist) => ({ blocklist })
          const expected = checkPassword(outer, password, context, options(common))
          const reentrant: Blocklist = {
            has(candidate) {
              checkPassword(inner[which] as Policy, other, { confirmation: other })
              checkPassword(outer, other, undefined, options(common))
              return common.has(candidate)
            },
          }
          expect(checkPassword(outer, password, context, options(reentrant))).toEqual(expected)
        },
      ),
      { numRuns: 300 },
    )
  })
})
