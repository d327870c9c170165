import { describe, expect, it } from 'vitest'
import { definePolicy, describePolicy, policyHeading, presets } from '../src/index'
import { catalogueProblems, coreCatalogues, en } from '../src/locales/index'

/** Texts legitimately identical to English, with the reason. */
const SAME_AS_ENGLISH: Record<string, Record<string, string>> = {
  nl: { 'core.rules.letters': '"letter" / "letters" is the Dutch word too' },
}

describe('shipped core catalogues', () => {
  it('ships the seven locales', () => {
    expect(coreCatalogues.map((c) => c.locale)).toEqual(['en', 'fr', 'de', 'es', 'it', 'nl', 'pt'])
  })

  for (const catalogue of coreCatalogues.slice(1))
    it(`${catalogue.locale}: every key, every plural category, same placeholders, translated`, () => {
      expect(
        catalogueProblems(en, catalogue, {
          sameAsReference: SAME_AS_ENGLISH[catalogue.locale] ?? {},
        }),
      ).toEqual([])
    })

  it('each allow-listed text is really identical to English', () => {
    for (const [locale, paths] of Object.entries(SAME_AS_ENGLISH)) {
      const catalogue = coreCatalogues.find((c) => c.locale === locale)!
      for (const path of Object.keys(paths))
        expect(catalogueProblems(en, catalogue), path).toContainEqual({
          path,
          kind: 'untranslated',
        })
    }
  })

  it('is JSON data: a round trip through JSON changes nothing', () => {
    for (const catalogue of coreCatalogues)
      expect(JSON.parse(JSON.stringify(catalogue))).toEqual(catalogue)
  })

  it('labels the seed policy in every locale, plural-correct', () => {
    const labels = Object.fromEntries(
      coreCatalogues.map((c) => [
        c.locale,
        describePolicy(presets.classic, c.locale, { catalogues: coreCatalogues }),
      ]),
    )
    expect(labels.fr).toEqual([
      '1 lettre minuscule',
      '1 lettre majuscule',
      '2 chiffres',
      '8 caractères',
      '1 caractère spécial',
    ])
    expect(labels.de).toEqual([
      '1 Kleinbuchstabe',
      '1 Großbuchstabe',
      '2 Ziffern',
      '8 Zeichen',
      '1 Sonderzeichen',
    ])
    expect(labels.es).toEqual([
      '1 letra minúscula',
      '1 letra mayúscula',
      '2 dígitos',
      '8 caracteres',
      '1 carácter especial',
    ])
    expect(labels.it?.[2]).toBe('2 cifre')
    expect(labels.nl?.[3]).toBe('8 tekens')
    expect(labels.pt?.[4]).toBe('1 caractere especial')
  })

  it("uses the language's own plural categories (French and Spanish 'many')", () => {
    const policy = definePolicy({ version: 1, rules: [{ type: 'length', max: 1_000_000 }] })
    const all = { catalogues: coreCatalogues }
    expect(describePolicy(policy, 'fr', all)).toEqual(['au plus 1000000 de caractères'])
    expect(describePolicy(policy, 'es', all)).toEqual(['como máximo 1000000 de caracteres'])
    expect(describePolicy(policy, 'de', all)).toEqual(['höchstens 1000000 Zeichen'])
    // French counts 0 as singular, English does not.
    const zero = definePolicy({ version: 1, rules: [{ type: 'digits', min: 1 }] })
    expect(describePolicy(zero, 'fr', all)).toEqual(['1 chiffre'])
  })

  it('negotiates among the catalogues of the call only', () => {
    const german = { catalogues: [en, coreCatalogues[2]] }
    expect(policyHeading('de-AT', german)).toBe('Ihr Passwort muss Folgendes enthalten:')
    // French is built in, but not available to this call: English is the fallback.
    expect(policyHeading('fr', german)).toBe('Your password must contain:')
  })

  it('reports what a broken catalogue lacks', () => {
    const broken = {
      locale: 'fr',
      core: {
        ...en.core,
        heading: 'Votre mot de passe doit contenir :',
        extra: 'x',
        rules: { ...en.core.rules, digits: { one: '{n} chiffre', other: '{count} chiffres' } },
      },
    }
    const { or: _, ...withoutOr } = broken.core
    const candidate = { ...broken, core: withoutOr }
    const problems = catalogueProblems(en, candidate)
    expect(problems).toContainEqual({ path: 'core.extra', kind: 'unknown' })
    expect(problems).toContainEqual({ path: 'core.or', kind: 'missing' })
    expect(problems).toContainEqual({ path: 'core.rules.digits', kind: 'plural' })
    expect(problems).toContainEqual({ path: 'core.rules.digits', kind: 'placeholders' })
    expect(problems).toContainEqual({ path: 'core.rules.letters', kind: 'untranslated' })
    expect(problems).not.toContainEqual({ path: 'core.heading', kind: 'untranslated' })
  })
})
