import { describe, expect, it } from 'vitest'
import {
  checkPassword,
  definePolicy,
  describeCheck,
  describePolicy,
  policyHeading,
  presets,
  resolveLocale,
} from '../src/index'

describe('the seed checklist', () => {
  it('is exact in French, in the seed order', () => {
    expect(policyHeading('fr')).toBe('Votre mot de passe doit contenir :')
    expect(describePolicy(presets.classic, 'fr')).toEqual([
      '1 lettre minuscule',
      '1 lettre majuscule',
      '2 chiffres',
      '8 caractères',
      '1 caractère spécial',
    ])
  })

  it('is exact in English', () => {
    expect(policyHeading('en')).toBe('Your password must contain:')
    expect(describePolicy(presets.classic, 'en')).toEqual([
      '1 lowercase letter',
      '1 uppercase letter',
      '2 digits',
      '8 characters',
      '1 special character',
    ])
  })

  it('labels each check with the same text as describePolicy', () => {
    const result = checkPassword(presets.classic, 'abc')
    expect(result.checks.map((c) => describeCheck(presets.classic, c, 'fr'))).toEqual(
      describePolicy(presets.classic, 'fr'),
    )
  })
})

describe('plurals', () => {
  const policy = (min: number) =>
    definePolicy({
      version: 1,
      rules: [
        { type: 'special', min },
        { type: 'lowercase', min },
        { type: 'length', min },
      ],
    })

  it('follows Intl.PluralRules in French and English', () => {
    expect(describePolicy(policy(2), 'fr')).toEqual([
      '2 caractères spéciaux',
      '2 lettres minuscules',
      '2 caractères',
    ])
    expect(describePolicy(policy(1), 'fr')).toEqual([
      '1 caractère spécial',
      '1 lettre minuscule',
      '1 caractère',
    ])
    expect(describePolicy(policy(2), 'en')).toEqual([
      '2 special characters',
      '2 lowercase letters',
      '2 characters',
    ])
    expect(describePolicy(policy(1), 'en')).toEqual([
      '1 special character',
      '1 lowercase letter',
      '1 character',
    ])
  })

  it('labels every rule type in both locales', () => {
    const all = definePolicy({
      version: 1,
      rules: [
        { type: 'length', max: 64 },
        { type: 'letters', min: 3 },
        { type: 'special', characters: '!?' },
        { type: 'maxRepeated', max: 2 },
        { type: 'notCommon' },
        { type: 'notContextual' },
        { type: 'match' },
        { type: 'strength' },
        { type: 'notBreached' },
        { type: 'pattern', source: '^a', messages: { fr: 'commence par a' } },
      ],
    })
    expect(describePolicy(all, 'en')).toEqual([
      'at most 64 characters',
      '3 letters',
      '1 special character among !?',
      'no more than 2 identical characters in a row',
      'not a common password',
      'not your name or email address',
      'the same as the confirmation',
      'hard to guess',
      'not found in known data breaches',
      'commence par a',
    ])
    expect(describePolicy(all, 'fr')).toEqual([
      'au plus 64 caractères',
      '3 lettres',
      '1 caractère spécial parmi !?',
      'pas plus de 2 caractères identiques à la suite',
      'pas un mot de passe courant',
      'ni votre nom ni votre adresse e-mail',
      'identique à la confirmation',
      'difficile à deviner',
      'absent des fuites de données connues',
      'commence par a',
    ])
  })

  it('describes anyOf paths', () => {
    expect(describePolicy(presets.cnil, 'fr')).toEqual([
      '(12 caractères, 1 lettre minuscule, 1 lettre majuscule, 1 chiffre, 1 caractère spécial) ou (14 caractères, 1 lettre minuscule, 1 lettre majuscule, 1 chiffre)',
    ])
    const [check] = checkPassword(presets.cnil, 'x').checks
    if (check?.type !== 'anyOf') throw new Error('cnil starts with anyOf')
    const nested = check.paths[1]!.checks[0]!
    expect(describeCheck(presets.cnil, nested, 'en')).toBe('14 characters')
  })
})

describe('overrides', () => {
  it('replaces a rule label per locale, with {count}', () => {
    const policy = definePolicy({
      version: 1,
      rules: [{ type: 'digits', min: 2, messages: { fr: 'au moins {count} chiffres, svp' } }],
    })
    expect(describePolicy(policy, 'fr')).toEqual(['au moins 2 chiffres, svp'])
    expect(describePolicy(policy, 'en')).toEqual(['2 digits'])
  })
})

describe('resolveLocale', () => {
  it('negotiates BCP 47 tags, lists and Accept-Language values', () => {
    expect(resolveLocale('fr-CA')).toBe('fr')
    expect(resolveLocale('FR')).toBe('fr')
    expect(resolveLocale('en-GB')).toBe('en')
    expect(resolveLocale(['de-DE', 'fr-BE', 'en'])).toBe('fr')
    expect(resolveLocale('de-DE,fr;q=0.8,en;q=0.5')).toBe('fr')
    expect(resolveLocale('de')).toBe('en')
    expect(resolveLocale(undefined)).toBe('en')
    expect(resolveLocale(null)).toBe('en')
    expect(resolveLocale([])).toBe('en')
    expect(describePolicy(presets.classic, 'fr-CA')[0]).toBe('1 lettre minuscule')
    expect(describePolicy(presets.classic, 'ja')[0]).toBe('1 lowercase letter')
  })
})

describe('resolveLocale edge cases', () => {
  it('accepts underscores and refuses longer language codes', () => {
    expect(resolveLocale('fr_FR')).toBe('fr')
    expect(resolveLocale('fra')).toBe('en')
    expect(resolveLocale(' en-US , fr')).toBe('en')
  })
})

describe('resolveLocale with Accept-Language weights', () => {
  it('honours q values and keeps list order for equal weights', () => {
    expect(resolveLocale('de, en;q=0.5, fr;q=0.8')).toBe('fr')
    expect(resolveLocale('fr;q=0.2, en;q=0.9')).toBe('en')
    expect(resolveLocale('fr-CA,fr;q=0.9,en;q=0.8')).toBe('fr')
    expect(resolveLocale('en, fr')).toBe('en')
    expect(resolveLocale('fr;q=0, en;q=0')).toBe('en')
    expect(resolveLocale('de;q=1, it')).toBe('en')
    expect(resolveLocale(['fr-BE', 'en'])).toBe('fr')
  })
})

describe('resolveLocale among the available locales', () => {
  const shipped = ['en', 'fr', 'de', 'es', 'it', 'nl', 'pt'] as const

  it('truncates a regional tag to its language, and prefers the exact region', () => {
    expect(resolveLocale('de-AT', shipped)).toBe('de')
    expect(resolveLocale('pt-BR', ['en', 'pt', 'pt-BR'])).toBe('pt-BR')
    expect(resolveLocale('pt', ['en', 'pt-BR', 'pt'])).toBe('pt')
    expect(resolveLocale('pt-PT', ['en', 'pt-BR'])).toBe('pt-BR')
    expect(resolveLocale('zh-Hant-TW', ['en', 'zh-Hant'])).toBe('zh-Hant')
    expect(resolveLocale('PT-br', ['en', 'pt-BR'])).toBe('pt-BR')
  })

  it('walks Accept-Language by weight before falling back', () => {
    expect(resolveLocale('sv, nl;q=0.4, de-CH;q=0.7', shipped)).toBe('de')
    expect(resolveLocale('sv, *;q=0.1', shipped)).toBe('en')
    expect(resolveLocale('it;q=abc, es;q=0.3', shipped)).toBe('es')
    expect(resolveLocale('it;q=1.5', shipped)).toBe('en')
  })

  it('falls back to English, else to the configured or first available locale', () => {
    expect(resolveLocale('ja', shipped)).toBe('en')
    expect(resolveLocale('ja', ['de', 'fr'])).toBe('de')
    expect(resolveLocale('ja', shipped, { fallback: 'fr' })).toBe('fr')
    expect(resolveLocale('ja', ['en-GB', 'de'])).toBe('en-GB')
  })

  it('ignores oversized input and bounds the number of preferences', () => {
    expect(resolveLocale(`${'x,'.repeat(600)}de`, shipped)).toBe('en')
    expect(resolveLocale(`${'x,'.repeat(40)}de`, shipped)).toBe('en')
    expect(resolveLocale(`${'x,'.repeat(20)}de`, shipped)).toBe('de')
    expect(resolveLocale(Array(100).fill('de'), shipped)).toBe('de')
  })
})
