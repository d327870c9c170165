// lintPolicy's refuses_manager_passwords: what it says must match what checkPassword does with the
// default passwords of Safari, Chrome and Bitwarden.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  checkPassword,
  definePolicy,
  lintPolicy,
  type Policy,
  type PolicyInput,
  type PolicyWarning,
  presets,
} from '../src/index'

const RUNS = Number(process.env.FUZZ_RUNS ?? (process.env.CI === 'true' ? 3_000 : 1_000))

// Every password mix each default format allows: Safari's exact one; for Chrome (15) and
// Bitwarden (14), any count of lowercase, uppercase and digits with at least one of each.
function alphanumeric(length: number): string[] {
  const passwords: string[] = []
  for (let digits = 1; digits < length - 1; digits++)
    for (let upper = 1; upper + digits < length; upper++)
      passwords.push(
        'ABCDEFGHJKLMNPQ'.slice(0, upper) +
          'abcdefghijkmnpq'.slice(0, length - digits - upper) +
          '234567892345678'.slice(0, digits),
      )
  return passwords
}
const DEFAULTS = {
  safari: ['hupwe6-cyxhiq-Ciwdaz'],
  chrome: alphanumeric(15),
  bitwarden: alphanumeric(14),
} as const

const refusing = (policy: Policy) =>
  lintPolicy(policy).filter((w) => w.code === 'refuses_manager_passwords')
const managersOf = (warnings: PolicyWarning[]) => new Set(warnings.flatMap((w) => w.managers))
const lint = (rules: PolicyInput['rules']) => refusing(definePolicy({ version: 1, rules }))

describe('lintPolicy: refuses_manager_passwords', () => {
  it('tells the seed’s classic policy why Safari, Chrome and Bitwarden passwords fail', () => {
    expect(refusing(presets.classic)).toEqual([
      {
        code: 'refuses_manager_passwords',
        ruleId: 'digits',
        message:
          '"digits" refuses what password managers generate by default: ' +
          "Safari's (xxxxxx-xxxxxx-xxxxxx) has 1 digit, 2 are required; " +
          "Chrome's can have 1 digit, 2 are required; Bitwarden's can have 1 digit, 2 are required",
        managers: ['safari', 'chrome', 'bitwarden'],
      },
      {
        code: 'refuses_manager_passwords',
        ruleId: 'special',
        message:
          '"special" refuses what password managers generate by default: ' +
          "Chrome's has no special characters, 1 is required; Bitwarden's has no special characters, 1 is required",
        managers: ['chrome', 'bitwarden'],
      },
    ])
    expect(checkPassword(presets.classic, 'hupwe6-cyxhiq-Ciwdaz').ok).toBe(false)
  })

  it('is silent for owaspAsvs and cnil, whose paths each default password meets', () => {
    expect(refusing(presets.owaspAsvs)).toEqual([])
    expect(refusing(presets.cnil)).toEqual([])
  })

  it('measures lengths, special sets without "-", letters and anyOf paths', () => {
    const [tooShort] = lint([{ type: 'length', min: 8, max: 16 }])
    expect(tooShort?.message).toContain(
      "Safari's (xxxxxx-xxxxxx-xxxxxx) has 20 characters, at most 16 are allowed",
    )
    expect(tooShort?.managers).toEqual(['safari'])
    expect(lint([{ type: 'length', min: 16 }])[0]?.managers).toEqual(['chrome', 'bitwarden'])

    const [noHyphen] = lint([{ type: 'special', characters: '!@#$%' }])
    expect(noHyphen?.message).toContain(
      'Safari\'s (xxxxxx-xxxxxx-xxxxxx) has only "-" as special characters, which "special" does not count',
    )
    expect(lint([{ type: 'special', characters: '-_' }])[0]?.managers).toEqual([
      'chrome',
      'bitwarden',
    ])
    expect(lint([{ type: 'special', min: 3 }])[0]?.message).toContain(
      "Safari's (xxxxxx-xxxxxx-xxxxxx) has 2 special characters, 3 are required",
    )
    expect(lint([{ type: 'uppercase', min: 2 }])[0]?.managers).toEqual([
      'safari',
      'chrome',
      'bitwarden',
    ])
    expect(
      lint([
        { type: 'letters', min: 17 },
        { type: 'lowercase', min: 16 },
      ]),
    ).toEqual([
      expect.objectContaining({ ruleId: 'letters', managers: ['chrome', 'bitwarden'] }),
      expect.objectContaining({ ruleId: 'lowercase', managers: ['chrome', 'bitwarden'] }),
    ])

    const [anyOf] = lint([
      { type: 'anyOf', paths: [[{ type: 'digits', min: 2 }], [{ type: 'length', min: 16 }]] },
    ])
    expect(anyOf?.ruleId).toBe('anyOf')
    expect(anyOf?.message).toBe(
      '"anyOf" refuses what password managers generate by default: ' +
        "Chrome's (as 13 lowercase, 1 uppercase, 1 digit) meets no path" +
        ' (1: has 1 digit, 2 are required; 2: has 15 characters, 16 are required); ' +
        "Bitwarden's (as 12 lowercase, 1 uppercase, 1 digit) meets no path" +
        ' (1: has 1 digit, 2 are required; 2: has 14 characters, 16 are required)',
    )
    expect(anyOf?.managers).toEqual(['chrome', 'bitwarden'])
  })

  it('never judges what it cannot measure: blocklists, context, patterns, strength, runs', () => {
    expect(
      lint([
        { type: 'notCommon' },
        { type: 'notContextual' },
        { type: 'notBreached' },
        { type: 'strength' },
        { type: 'maxRepeated', max: 3 },
        { type: 'pattern', source: 'x', messages: { en: 'an x' } },
      ]),
    ).toEqual([])
  })

  // Rules whose effect on a default password is known: the lint must agree with checkPassword.
  const rule: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
    fc.record(
      {
        type: fc.constant('length'),
        min: fc.integer({ min: 0, max: 24 }),
        max: fc.integer({ min: 24, max: 200 }),
      },
      { requiredKeys: ['type', 'min'] },
    ),
    fc.record({
      type: fc.constant('length'),
      min: fc.constant(0),
      max: fc.integer({ min: 1, max: 24 }),
    }),
    ...(['lowercase', 'uppercase', 'digits', 'letters'] as const).map((type) =>
      fc.record({ type: fc.constant(type), min: fc.integer({ min: 1, max: 20 }) }),
    ),
    fc.record(
      {
        type: fc.constant('special'),
        min: fc.integer({ min: 1, max: 3 }),
        characters: fc.string({
          unit: fc.constantFrom('-', '!', '_', '€'),
          minLength: 1,
          maxLength: 3,
        }),
      },
      { requiredKeys: ['type', 'min'] },
    ),
  )
  const policies = fc
    .array(
      fc.oneof(
        { weight: 4, arbitrary: rule },
        {
          weight: 1,
          arbitrary: fc.record({
            type: fc.constant('anyOf'),
            paths: fc.array(fc.array(rule, { minLength: 1, maxLength: 3 }), {
              minLength: 2,
              maxLength: 3,
            }),
          }),
        },
      ),
      { maxLength: 5 },
    )
    .map((rules) => definePolicy({ version: 1, rules } as PolicyInput))

  it(`names a manager exactly when the policy refuses one of its default passwords (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(policies, (policy) => {
        const named = managersOf(refusing(policy))
        for (const [manager, passwords] of Object.entries(DEFAULTS)) {
          const refused = passwords.find((p) => !checkPassword(policy, p).ok)
          expect(named.has(manager as keyof typeof DEFAULTS), `${manager}: ${refused}`).toBe(
            refused !== undefined,
          )
        }
      }),
      { numRuns: RUNS },
    )
  })
})
