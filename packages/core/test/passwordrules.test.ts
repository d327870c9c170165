// htmlAttributes' `passwordrules` read by a parser of Apple's grammar (./passwordrules-grammar):
// passwords that a manager builds from the parsed rules must pass the policy.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { commonPasswords } from '../src/blocklist/index'
import {
  type Check,
  checkPassword,
  definePolicy,
  htmlAttributes,
  type Policy,
  type PolicyInput,
  presets,
  type Rule,
} from '../src/index'
import {
  GrammarError,
  generatePassword,
  longestRun,
  type Pick,
  parsePasswordRules,
  safariPassword,
} from './passwordrules-grammar'

const RUNS = Number(process.env.FUZZ_RUNS ?? (process.env.CI === 'true' ? 3_000 : 1_000))
const blocklist = new Set(commonPasswords)

// What `passwordrules` cannot say: a rule of these types is left out of the check, explicitly.
const UNSAYABLE = new Set<Rule['type']>([
  'notCommon', // blocklist: a random password is almost never in it, but nothing says so
  'notContextual', // context: the attribute knows no email or name
  'strength',
  'notBreached',
  'pattern',
])

// A special rule whose set has no printable ASCII character (after NFC) cannot be said either.
const sayable = (rule: Rule): boolean =>
  !UNSAYABLE.has(rule.type) &&
  !(
    rule.type === 'special' &&
    rule.characters !== undefined &&
    ![...rule.characters.normalize('NFC')].some((c) => c >= ' ' && c <= '~')
  )

function rulesById(rules: readonly Rule[], into = new Map<string, Rule>()): Map<string, Rule> {
  for (const rule of rules) {
    into.set(rule.id, rule)
    if (rule.type === 'anyOf') for (const path of rule.paths) rulesById(path, into)
  }
  return into
}

/** The checks the grammar can express that `password` fails (an `anyOf` fails when no path passes). */
function refused(policy: Policy, password: string): string[] {
  const byId = rulesById(policy.rules)
  const accepted = (check: Check): boolean => {
    const rule = byId.get(check.id)!
    if (rule.type === 'anyOf' && check.type === 'anyOf') {
      // Said by one of its paths when one holds only sayable rules; otherwise only in part.
      if (!rule.paths.some((path) => path.every(sayable))) return true
      return check.paths.some((path) => path.checks.every(accepted))
    }
    return !sayable(rule) || check.met === true
  }
  const result = checkPassword(policy, password, { confirmation: password }, { blocklist })
  return result.checks.filter((check) => !accepted(check)).map((check) => check.id)
}

// Replays fast-check's randomness, so that a failing password shrinks and reproduces.
const picker =
  (draw: fc.GeneratorValue): Pick =>
  (n) =>
    draw(fc.nat, { max: n - 1 })

// ---- generated policies: every rule type, counts, custom sets with non-ASCII, anyOf ------------
const count = fc.integer({ min: 1, max: 4 })
const characters = fc.string({
  unit: fc.constantFrom(
    '!',
    '-',
    ']',
    '[',
    '?',
    ' ',
    ';',
    ',',
    'a',
    '7',
    'é',
    '€',
    '\u0007', // a control character
    '\u212A', // KELVIN SIGN, "K" after NFC
    '\u037E', // GREEK QUESTION MARK, ";" after NFC
    '😀',
  ),
  minLength: 1,
  maxLength: 6,
})
const pathRule: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  fc.record(
    {
      type: fc.constant('length'),
      min: fc.integer({ min: 0, max: 24 }),
      max: fc.integer({ min: 50, max: 1_048_576 }),
    },
    { requiredKeys: ['type', 'min'] },
  ),
  ...(['lowercase', 'uppercase', 'digits', 'letters'] as const).map((type) =>
    fc.record({ type: fc.constant(type), min: count }),
  ),
  fc.record(
    { type: fc.constant('special'), min: fc.integer({ min: 1, max: 3 }), characters },
    { requiredKeys: ['type', 'min'] },
  ),
  fc.record({ type: fc.constant('maxRepeated'), max: fc.integer({ min: 1, max: 4 }) }),
  fc.constantFrom(
    { type: 'notCommon' },
    { type: 'notContextual' },
    { type: 'match' },
    { type: 'strength' },
    { type: 'notBreached' },
    { type: 'pattern', source: '^[^\\s]', messages: { en: 'no leading space' } },
  ),
)
const anyOf = fc.record({
  type: fc.constant('anyOf'),
  paths: fc.array(fc.array(pathRule, { minLength: 1, maxLength: 5 }), {
    minLength: 2,
    maxLength: 3,
  }),
})
const policies = fc
  .array(fc.oneof({ weight: 5, arbitrary: pathRule }, { weight: 1, arbitrary: anyOf }), {
    maxLength: 8,
  })
  .map((rules) => definePolicy({ version: 1, rules } as PolicyInput))

describe('passwordrules read by a parser of Apple’s grammar', () => {
  it('reads the grammar as Apple documents it', () => {
    const rules = parsePasswordRules(
      'minlength: 8; maxlength: 12; required: digit; required: digit; required: [-!]]; max-consecutive: 2',
    )
    expect(rules.required).toEqual([[...'0123456789'], [...'0123456789'], ['-', '!', ']']])
    expect(rules).toMatchObject({ minLength: 8, maxLength: 12, maxConsecutive: 2 })
    // Without `allowed:`, only the required classes may be used: "digits only".
    expect(parsePasswordRules('minlength: 12; required: digit;').allowed.join('')).toBe(
      '0123456789',
    )
    expect(parsePasswordRules('required: upper, lower;').required[0]).toHaveLength(52)
    expect(parsePasswordRules('allowed: ascii-printable;').allowed).toHaveLength(95)
    for (const bad of ['required: [é];', 'required: [a-];', 'required: ;', 'required: letters;'])
      expect(() => parsePasswordRules(bad), bad).toThrow(GrammarError)
  })

  it('says what the seed’s classic policy means: 2 digits, every printable character allowed', () => {
    const { passwordrules } = htmlAttributes(presets.classic)
    expect(passwordrules).toBe(
      'minlength: 8; maxlength: 128; required: lower; required: upper; required: digit;' +
        ' required: digit; required: special; allowed: ascii-printable;',
    )
    const rules = parsePasswordRules(passwordrules)
    expect(rules.required.filter((set) => set.includes('5'))).toHaveLength(2)
    expect(rules.allowed).toHaveLength(95)
  })

  it('says letters, explicit allowed characters and the custom sets that ASCII can hold', () => {
    const attrs = (rules: PolicyInput['rules']) =>
      htmlAttributes(definePolicy({ version: 1, rules })).passwordrules
    expect(attrs([{ type: 'length', min: 12 }, { type: 'digits' }])).toBe(
      'minlength: 12; required: digit; allowed: ascii-printable;',
    )
    // Letters beyond the cased ones required: one `upper, lower` each.
    expect(attrs([{ type: 'letters', min: 3 }, { type: 'uppercase' }])).toBe(
      'required: upper; required: upper, lower; required: upper, lower; allowed: ascii-printable;',
    )
    expect(
      attrs([
        { type: 'letters', min: 1 },
        { type: 'lowercase', min: 2 },
      ]),
    ).toBe('required: lower; required: lower; allowed: ascii-printable;')
    // Non-ASCII and control characters leave the class; NFC first (KELVIN SIGN is "K").
    expect(attrs([{ type: 'special', characters: '€]\u0007!-\u212A', min: 2 }])).toBe(
      'required: [-!K]]; required: [-!K]]; allowed: ascii-printable;',
    )
    // Nothing left: no requirement at all, never an empty one.
    expect(
      attrs([
        { type: 'special', characters: '€£' },
        { type: 'maxRepeated', max: 2 },
      ]),
    ).toBe('allowed: ascii-printable; max-consecutive: 2;')
    // Two rules of one class: the larger count holds both.
    expect(
      attrs([
        { type: 'digits', min: 2 },
        { id: 'more', type: 'digits', min: 1 },
      ]),
    ).toBe('required: digit; required: digit; allowed: ascii-printable;')
    expect(attrs([])).toBe('allowed: ascii-printable;')
  })

  it('bounds the attribute: past 128 required characters, each class is written once', () => {
    const policy = definePolicy({
      version: 1,
      rules: [
        { type: 'digits', min: 1024 },
        { type: 'lowercase', min: 1024 },
      ],
    })
    expect(htmlAttributes(policy).passwordrules).toBe(
      'required: digit; required: lower; allowed: ascii-printable;',
    )
    const exact = definePolicy({ version: 1, rules: [{ type: 'digits', min: 128 }] })
    expect(parsePasswordRules(htmlAttributes(exact).passwordrules).required).toHaveLength(128)
  })

  it('says an anyOf by its first path that fits, with a minLength true to every path', () => {
    expect(htmlAttributes(presets.cnil)).toEqual({
      minLength: 12,
      autoComplete: 'new-password',
      passwordrules:
        'minlength: 12; required: lower; required: upper; required: digit; required: special;' +
        ' allowed: ascii-printable;',
    })
    // A path that does not fit the other rules (13 characters at most) is passed over.
    const capped = definePolicy({
      version: 1,
      rules: [
        { type: 'length', max: 13 },
        {
          type: 'anyOf',
          paths: [
            [{ type: 'length', min: 14 }],
            [
              { type: 'length', min: 10, max: 64 },
              { type: 'digits', min: 2 },
            ],
          ],
        },
      ],
    })
    expect(htmlAttributes(capped)).toEqual({
      minLength: 10,
      maxLength: 13,
      autoComplete: 'new-password',
      passwordrules:
        'minlength: 10; maxlength: 13; required: digit; required: digit; allowed: ascii-printable;',
    })
  })

  it('says what all paths share when no path can be said whole', () => {
    const pattern = { type: 'pattern', source: 'x', messages: { en: 'an x' } } as const
    const policy = definePolicy({
      version: 1,
      rules: [
        {
          type: 'anyOf',
          paths: [
            [
              { type: 'length', min: 12, max: 64 },
              { type: 'digits', min: 2 },
              { type: 'lowercase' },
              pattern,
            ],
            [
              { type: 'length', min: 16 },
              { type: 'digits', min: 1 },
              { type: 'special', characters: '€' },
            ],
          ],
        },
      ],
    })
    expect(htmlAttributes(policy)).toEqual({
      minLength: 12,
      autoComplete: 'new-password',
      passwordrules: 'minlength: 12; required: digit; allowed: ascii-printable;',
    })
  })

  it('on every preset, managers following the rules suggest passwords the policy accepts', () => {
    for (const [name, policy] of Object.entries(presets)) {
      const rules = parsePasswordRules(htmlAttributes(policy).passwordrules)
      fc.assert(
        fc.property(fc.gen(), (draw) => {
          const password = generatePassword(rules, picker(draw))
          expect(refused(policy, password), `${name}: ${password}`).toEqual([])
        }),
        { numRuns: 200 },
      )
    }
  })

  it(`on generated policies (${RUNS} runs), generated passwords pass every rule the grammar says`, () => {
    fc.assert(
      fc.property(policies, fc.gen(), (policy, draw) => {
        const attrs = htmlAttributes(policy)
        expect(attrs.passwordrules).not.toBe('')
        const rules = parsePasswordRules(attrs.passwordrules)
        // Never narrower than the policy: every printable character stays allowed.
        expect(rules.allowed).toHaveLength(95)
        expect(rules.minLength ?? 0).toBeGreaterThanOrEqual(attrs.minLength ?? 0)
        for (let i = 0; i < 3; i++) {
          const password = generatePassword(rules, picker(draw))
          expect(longestRun(password)).toBeLessThanOrEqual(rules.maxConsecutive ?? Infinity)
          expect(refused(policy, password), password).toEqual([])
        }
      }),
      { numRuns: RUNS },
    )
  })
})

describe('Safari’s default passwords (xxxxxx-xxxxxx-xxxxxx), which ignore passwordrules', () => {
  it('fail classic (one digit where it asks for two) and pass nist, owaspAsvs and cnil', () => {
    expect(refused(presets.classic, 'hupwe6-cyxhiq-Ciwdaz')).toEqual(['digits'])
    fc.assert(
      fc.property(fc.gen(), (draw) => {
        const password = safariPassword(picker(draw))
        expect(password).toMatch(/^[a-zA-Z\d]{6}-[a-zA-Z\d]{6}-[a-zA-Z\d]{6}$/)
        expect(refused(presets.classic, password)).toEqual(['digits'])
        for (const policy of [presets.nist, presets.owaspAsvs, presets.cnil])
          expect(refused(policy, password), password).toEqual([])
      }),
      { numRuns: 200 },
    )
  })
})
