import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { commonPasswords } from '../src/blocklist/index'
import {
  type Check,
  checkPassword,
  confirmationMatches,
  definePolicy,
  describeCheck,
  describePolicy,
  mismatchMessage,
  type Policy,
  passwordFormSchema,
  passwordSchema,
  presets,
} from '../src/index'

const precomposed = 'Caf\u00e9'
const combining = 'Cafe\u0301'

// The refused ranges, as the check's documentation states them (lone surrogates included).
const RANGES: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad],
  [0x061c, 0x061c],
  [0x180e, 0x180e],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x2064],
  [0x2066, 0x206f],
  [0xd800, 0xdfff],
  [0xfeff, 0xfeff],
  [0xfff9, 0xfffb],
  [0x1bca0, 0x1bca3],
  [0x1d173, 0x1d17a],
]
// Both ends of every range.
const REFUSED = RANGES.flat().map((cp) => String.fromCodePoint(cp))
// Iterating a string yields a lone surrogate as a one-unit string, which has code point in range.
const holdsRefused = (text: string) =>
  [...text].some((c) =>
    RANGES.some(([first, last]) => c.codePointAt(0)! >= first && c.codePointAt(0)! <= last),
  )
const paramsOf = (issue: object) => ('params' in issue ? issue.params : undefined)
const open: Policy = definePolicy({ version: 1, rules: [{ type: 'length', min: 2, max: 64 }] })

describe('confirmationMatches', () => {
  it('compares NFC forms: a combining accent matches the precomposed letter', () => {
    expect(combining).not.toBe(precomposed)
    expect(confirmationMatches(precomposed, combining)).toBe(true)
    expect(confirmationMatches(combining, precomposed)).toBe(true)
    expect(confirmationMatches(precomposed, 'Cafe')).toBe(false)
    expect(confirmationMatches(precomposed, 'café')).toBe(false)
  })

  it('is what the match rule uses', () => {
    const policy = definePolicy({ version: 1, rules: [{ type: 'match' }] })
    expect(checkPassword(policy, combining, { confirmation: precomposed }).ok).toBe(true)
    expect(checkPassword(policy, combining, { confirmation: 'Cafe' }).ok).toBe(false)
    expect(checkPassword(policy, combining).ok).toBe(false)
  })

  it('is false for anything that is not a string', () => {
    expect(confirmationMatches(precomposed, 3 as unknown as string)).toBe(false)
    expect(confirmationMatches(undefined as unknown as string, precomposed)).toBe(false)
  })
})

describe('the wellFormed check', () => {
  it('refuses a lone surrogate that a hasher would read as U+FFFD', () => {
    const surrogates = checkPassword(open, '\udfff\udfff')
    const replacement = checkPassword(open, '\ufffd\ufffd')
    expect(replacement).toEqual({ ok: true, pending: false, checks: [expect.anything()] })
    expect(surrogates.ok).toBe(false)
    expect(surrogates.checks.at(-1)).toEqual({
      id: 'wellFormed',
      type: 'wellFormed',
      met: false,
      required: 0,
      actual: 2,
    })
  })

  it.each(REFUSED.map((c) => [`U+${c.codePointAt(0)!.toString(16).toUpperCase()}`, c]))(
    'refuses %s inside a password the classic policy accepts',
    (_, c) => {
      expect(checkPassword(presets.classic, 'Soleil12!').ok).toBe(true)
      const result = checkPassword(presets.classic, `Sole${c}il12!`)
      expect(result.ok).toBe(false)
      expect(result.checks.filter((check) => check.met !== true).map((check) => check.id)).toEqual([
        'wellFormed',
      ])
    },
  )

  it('accepts visible Unicode: accents, scripts, emoji flags with tag characters', () => {
    for (const password of [
      'Éléphant12!',
      'Пароль12!Aa',
      '密码Aa12!xyz',
      'Aa12!🏴\u{e0067}\u{e0062}\u{e007f}',
    ])
      expect(checkPassword(presets.classic, password).checks).toHaveLength(5)
  })

  it('is labelled in French and English, and never enters describePolicy', () => {
    const check = checkPassword(presets.classic, '\ud800').checks.at(-1) as Check
    expect(describeCheck(presets.classic, check, 'fr')).toBe('sans caractère invisible ou invalide')
    expect(describeCheck(presets.classic, check, 'en')).toBe('no invisible or invalid character')
    expect(describePolicy(presets.classic, 'fr')).toEqual([
      '1 lettre minuscule',
      '1 lettre majuscule',
      '2 chiffres',
      '8 caractères',
      '1 caractère spécial',
    ])
  })

  it('fails passwordSchema with its label', () => {
    const parsed = passwordSchema(presets.classic, { locale: 'fr' }).safeParse('Soleil12!\u200b')
    expect(parsed.error?.issues.map((issue) => [issue.message, paramsOf(issue)])).toEqual([
      [
        'sans caractère invisible ou invalide',
        { ruleId: 'wellFormed', type: 'wellFormed', pending: false },
      ],
    ])
  })

  const policies = [...Object.values(presets), open]
  const refusedChar = fc.constantFrom(...REFUSED)
  const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((u) => String.fromCharCode(u))

  it('property: any string holding a lone surrogate is refused', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...policies),
        fc.string({ unit: 'binary' }),
        loneSurrogate,
        fc.string({ unit: 'binary' }),
        (policy, before, lone, after) => {
          // Between two letters a surrogate cannot pair: it stays lone.
          const password = `${before}x${lone}x${after}`
          const result = checkPassword(policy, password, undefined, { blocklist: commonPasswords })
          expect(result.ok).toBe(false)
          expect(result.checks.at(-1)?.type).toBe('wellFormed')
        },
      ),
    )
  })

  it('property: any refused character refuses the password, whatever the rest', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...policies),
        fc.string(),
        refusedChar,
        fc.string(),
        (policy, a, c, b) => {
          const result = checkPassword(policy, `${a}${c}${b}`)
          expect(result.ok).toBe(false)
          expect(result.checks).toHaveLength(policy.rules.length + 1)
        },
      ),
    )
  })

  it('property: a well-formed string without refused characters is judged by the rules alone', () => {
    const clean = fc.string({ unit: 'binary' }).filter((text) => !holdsRefused(text))
    fc.assert(
      fc.property(fc.constantFrom(...policies), clean, (policy, password) => {
        const result = checkPassword(
          policy,
          password,
          { confirmation: password },
          { blocklist: commonPasswords },
        )
        expect(result.checks.map((c) => c.id)).toEqual(policy.rules.map((r) => r.id))
        expect(result.ok).toBe(result.checks.every((c) => c.met === true))
      }),
    )
  })
})

describe('the wellFormed check, on any string', () => {
  it('property: fails exactly when the string holds a refused code point', () => {
    const anyString = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'grapheme-composite' }),
      fc
        .array(fc.oneof(fc.constantFrom(...REFUSED), fc.string({ maxLength: 3 })))
        .map((parts) => parts.join('')),
    )
    fc.assert(
      fc.property(anyString, (password) => {
        const last = checkPassword(open, password).checks.at(-1)
        expect(last?.type === 'wellFormed').toBe(holdsRefused(password))
      }),
    )
  })
})

describe('passwordFormSchema', () => {
  const schema = (locale: string) => passwordFormSchema(presets.classic, { locale })
  const issues = (locale: string, values: unknown) =>
    schema(locale)
      .safeParse(values)
      .error?.issues.map((issue) => [issue.path.join('.'), issue.message])

  it('lists every failed rule on password, in the library words', () => {
    expect(issues('fr', { password: 'soleil', confirmation: 'soleil' })).toEqual([
      ['password', '1 lettre majuscule'],
      ['password', '2 chiffres'],
      ['password', '8 caractères'],
      ['password', '1 caractère spécial'],
    ])
    expect(issues('en', { password: 'soleil', confirmation: 'soleil' })).toEqual([
      ['password', '1 uppercase letter'],
      ['password', '2 digits'],
      ['password', '8 characters'],
      ['password', '1 special character'],
    ])
  })

  it('puts the one mismatch text on confirmation', () => {
    expect(issues('fr', { password: 'Soleil12!', confirmation: 'Soleil12?' })).toEqual([
      ['confirmation', mismatchMessage('fr')],
    ])
    expect(mismatchMessage('fr')).toBe('Les deux mots de passe ne correspondent pas.')
    expect(issues('en-GB', { password: 'Soleil12!', confirmation: '' })).toEqual([
      ['confirmation', 'The two passwords do not match.'],
    ])
  })

  it('accepts a valid pair, compared on NFC forms', () => {
    const password = `${combining}12!x`
    expect(schema('fr').safeParse({ password, confirmation: `${precomposed}12!x` })).toEqual({
      success: true,
      data: { password, confirmation: `${precomposed}12!x` },
    })
  })

  it('reports a match rule of the policy once, on confirmation', () => {
    const policy = definePolicy({
      version: 1,
      rules: [
        { type: 'length', min: 2 },
        { type: 'match', id: 'same' },
      ],
    })
    const parsed = passwordFormSchema(policy, { locale: 'fr' }).safeParse({
      password: 'ab',
      confirmation: 'ac',
    })
    expect(
      parsed.error?.issues.map((issue) => [issue.path, issue.message, paramsOf(issue)]),
    ).toEqual([
      [
        ['confirmation'],
        'Les deux mots de passe ne correspondent pas.',
        { ruleId: 'same', type: 'match', pending: false },
      ],
    ])
  })

  it('refuses what is not a form of two strings', () => {
    expect(schema('fr').safeParse({ password: 'Soleil12!' }).success).toBe(false)
    expect(schema('fr').safeParse('Soleil12!').success).toBe(false)
  })

  it('says the mismatch text in passwordSchema for a failed match rule', () => {
    const policy = definePolicy({ version: 1, rules: [{ type: 'match' }] })
    const parsed = passwordSchema(policy, {
      locale: 'fr',
      context: { confirmation: 'autre' },
    }).safeParse('Soleil')
    expect(parsed.error?.issues.map((issue) => issue.message)).toEqual([mismatchMessage('fr')])
  })
})

describe('the wellFormed id', () => {
  it('is reserved: no rule of a policy may take it', () => {
    expect(() =>
      definePolicy({ version: 1, rules: [{ type: 'length', min: 8, id: 'wellFormed' }] }),
    ).toThrow(/wellFormed is reserved/)
  })
})
