import { describe, expect, it } from 'vitest'
import { catalogueProblems } from '../src/locales/index'
import { deFeedback } from '../src/strength/feedback/de'
import { enFeedback } from '../src/strength/feedback/en'
import { esFeedback } from '../src/strength/feedback/es'
import { frFeedback } from '../src/strength/feedback/fr'
import { itFeedback } from '../src/strength/feedback/it'
import { nlFeedback } from '../src/strength/feedback/nl'
import { ptFeedback } from '../src/strength/feedback/pt'
import { estimateStrength, type StrengthFeedbackCatalogue } from '../src/strength/index'

const shipped = [enFeedback, frFeedback, deFeedback, esFeedback, itFeedback, nlFeedback, ptFeedback]

describe('shipped strength feedback', () => {
  it('ships the seven locales, each tagged with its own locale', () => {
    expect(shipped.map((c) => c.locale)).toEqual(['en', 'fr', 'de', 'es', 'it', 'nl', 'pt'])
  })

  for (const catalogue of shipped.slice(1))
    it(`${catalogue.locale}: same keys and placeholders as English, every text translated`, () => {
      expect(catalogueProblems(enFeedback, catalogue)).toEqual([])
    })

  it('keeps the French and English texts of zxcvbn-ts word for word', () => {
    expect(frFeedback.strength.warnings.topTen).toBe('Ce mot de passe est très utilisé.')
    expect(enFeedback.strength.warnings.topTen).toBe('This is a heavily used password.')
  })

  it('carries the corrections to the packages', () => {
    expect(deFeedback.strength.warnings.pwned).toBe(
      'Dein Passwort wurde bei einem Datenleck im Internet offengelegt.',
    )
    expect(esFeedback.strength.suggestions.repeated).toBe('Evita palabras y letras repetidas.')
    expect(ptFeedback.strength.warnings.userInputs).toBe(
      'A senha não deve conter dados pessoais ou relacionados à página.',
    )
  })

  it('is JSON data', () => {
    for (const catalogue of shipped)
      expect(JSON.parse(JSON.stringify(catalogue))).toEqual(catalogue)
  })
})

describe('estimateStrength feedback locale', () => {
  it('speaks German for de-AT, with the English dictionaries', async () => {
    const result = await estimateStrength('password', { locale: 'de-AT' })
    expect(result.score).toBe(0)
    expect(result.feedback.warning).toBe(deFeedback.strength.warnings.topTen)
    expect(result.feedback.suggestions).toContain(deFeedback.strength.suggestions.anotherWord)
  })

  it('speaks Portuguese for pt-BR and Spanish from an Accept-Language list', async () => {
    const pt = await estimateStrength('password', { locale: 'pt-BR' })
    expect(pt.feedback.warning).toBe('Esta é uma senha muito usada.')
    const es = await estimateStrength('aaaaaaaa', { locale: 'sv, es;q=0.5' })
    expect(es.feedback.warning).toBe(esFeedback.strength.warnings.simpleRepeat)
  })

  it('scores alike whatever the feedback language', async () => {
    for (const password of ['password', 'Tr0ub4dour&3', 'correct horse battery staple']) {
      const en = await estimateStrength(password)
      const de = await estimateStrength(password, { locale: 'de' })
      expect(de.guessesLog10).toBe(en.guessesLog10)
      expect(de.feedback.suggestions.length).toBe(en.feedback.suggestions.length)
    }
  })

  it('falls back to English for a locale nothing ships', async () => {
    const result = await estimateStrength('password', { locale: 'ja' })
    expect(result.feedback.warning).toBe('This is a heavily used password.')
  })

  it('negotiates among catalogues the app passes', async () => {
    const formal: StrengthFeedbackCatalogue = {
      ...deFeedback,
      locale: 'de-CH',
      strength: {
        ...deFeedback.strength,
        warnings: {
          ...deFeedback.strength.warnings,
          topTen: 'Dieses Passwort ist sehr verbreitet.',
        },
      },
    }
    const result = await estimateStrength('password', {
      locale: 'de-CH',
      feedback: [enFeedback, formal],
    })
    expect(result.feedback.warning).toBe('Dieses Passwort ist sehr verbreitet.')
    const other = await estimateStrength('password', {
      locale: 'fr',
      feedback: [enFeedback, formal],
    })
    expect(other.feedback.warning).toBe(enFeedback.strength.warnings.topTen)
  })

  it('refuses an empty list of catalogues', async () => {
    await expect(estimateStrength('password', { feedback: [] })).rejects.toMatchObject({
      name: 'ConfigError',
    })
  })

  it('a catalogue missing a key does not compile', () => {
    const { topTen: _dropped, ...warnings } = deFeedback.strength.warnings
    const broken: StrengthFeedbackCatalogue = {
      ...deFeedback,
      // @ts-expect-error: `topTen` is missing
      strength: { ...deFeedback.strength, warnings },
    }
    expect(broken.locale).toBe('de')
  })
})
