import { describe, expect, it } from 'vitest'
import * as z from 'zod'
import { commonPasswords } from '../src/blocklist/index'
import { passwordSchema, presets } from '../src/index'

describe('passwordSchema', () => {
  it('accepts a valid password', () => {
    expect(passwordSchema(presets.classic).parse('Sesame-2026')).toBe('Sesame-2026')
  })

  it('raises one issue per unmet rule with the rule id and the localised label', () => {
    const result = passwordSchema(presets.classic, { locale: 'fr' }).safeParse('abc')
    expect(result.success).toBe(false)
    const issues = result.error!.issues
    expect(issues.map((i) => i.message)).toEqual([
      '1 lettre majuscule',
      '2 chiffres',
      '8 caractères',
      '1 caractère spécial',
    ])
    expect(issues.map((i) => (i as { params?: { ruleId?: string } }).params?.ruleId)).toEqual([
      'uppercase',
      'digits',
      'length',
      'special',
    ])
  })

  it('works as a Standard Schema (what zodResolver and other form libraries call)', async () => {
    const schema = passwordSchema(presets.classic, { locale: 'en' })
    const standard = schema['~standard']
    expect(standard.version).toBe(1)
    const bad = await standard.validate('abcdefgh')
    expect('issues' in bad && bad.issues?.map((i) => i.message)).toEqual([
      '1 uppercase letter',
      '2 digits',
      '1 special character',
    ])
    expect(await standard.validate('Sesame-2026')).toEqual({ value: 'Sesame-2026' })
  })

  it('composes in a form object, with context and a blocklist', () => {
    const form = z.object({
      password: passwordSchema(presets.nist, {
        blocklist: commonPasswords,
        context: { name: 'Marie Curie' },
      }),
    })
    const result = form.safeParse({ password: 'marie curie forever' })
    expect(result.success).toBe(false)
    expect(result.error!.issues[0]).toMatchObject({
      path: ['password'],
      params: { ruleId: 'notContextual', pending: false },
    })
    expect(form.safeParse({ password: 'a long and unusual phrase' }).success).toBe(true)
  })

  it('fails pending rules: a server must not accept what it could not check', () => {
    const result = passwordSchema(presets.nist).safeParse('a long and unusual phrase')
    expect(result.error!.issues[0]).toMatchObject({
      params: { ruleId: 'notCommon', pending: true },
    })
  })

  it('refuses non-strings as zod issues', () => {
    expect(passwordSchema(presets.classic).safeParse(42).success).toBe(false)
  })
})
