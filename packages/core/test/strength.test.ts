import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_STRENGTH_MAX_LENGTH,
  estimateStrength,
  isSesameError,
  preloadStrength,
} from '../src/strength'
import { loadEngine } from '../src/strength/lib/load-engine'

describe('estimateStrength', () => {
  it('scores a top password 0 with an English warning and suggestion', async () => {
    const result = await estimateStrength('password')
    expect(result).toEqual({
      score: 0,
      guessesLog10: expect.any(Number),
      feedback: { warning: 'This is a heavily used password.', suggestions: expect.any(Array) },
      truncated: false,
      analysedLength: 8,
    })
    expect(result.feedback.suggestions.length).toBeGreaterThan(0)
  })

  it('localises the feedback in French (from a BCP 47 tag)', async () => {
    const result = await estimateStrength('password', { locale: 'fr-CA' })
    expect(result.feedback.warning).toBe('Ce mot de passe est très utilisé.')
  })

  it('knows French words when the locale is French', async () => {
    const word = 'bibliothèque'
    const english = await estimateStrength(word, { locale: 'en' })
    const french = await estimateStrength(word, { locale: 'fr' })
    expect(french.guessesLog10).toBeLessThan(english.guessesLog10)
  })

  it('finds l33t words and says so', async () => {
    const result = await estimateStrength('P@ssw0rd')
    expect(result.score).toBe(0)
    expect(result.feedback.suggestions).toContain(
      "Avoid predictable letter substitutions like '@' for 'a'.",
    )
  })

  it('gives a long random password the top score and no warning', async () => {
    const result = await estimateStrength('vT9#qLx2!mR7@zW4pK8$')
    expect(result.score).toBe(4)
    expect(result.feedback.warning).toBeNull()
  })

  it('lowers the score of a password built from the user inputs', async () => {
    const alone = await estimateStrength('jdupont1984')
    const withInputs = await estimateStrength('jdupont1984', {
      userInputs: ['jdupont', 'jdupont@example.com'],
    })
    expect(withInputs.score).toBeLessThan(alone.score)
    expect(withInputs.feedback.warning).toBe(
      'There should not be any personal or page related data.',
    )
  })

  it(`analyses only the first ${DEFAULT_STRENGTH_MAX_LENGTH} code points by default and says so`, async () => {
    const result = await estimateStrength('a'.repeat(1_000_000))
    expect(result.truncated).toBe(true)
    expect(result.analysedLength).toBe(64)
  })

  it('counts code points, not UTF-16 units, after NFC', async () => {
    const astral = await estimateStrength('😀'.repeat(70))
    expect(astral.analysedLength).toBe(64)
    expect(astral.truncated).toBe(true)
    const decomposed = await estimateStrength('e\u0301'.repeat(5))
    expect(decomposed).toMatchObject({ analysedLength: 5, truncated: false })
  })

  it('honours maxLength, and analyses the same prefix whatever follows it', async () => {
    const short = await estimateStrength('qwertyuiop-tail-that-is-ignored', { maxLength: 10 })
    const exact = await estimateStrength('qwertyuiop', { maxLength: 10 })
    expect(short).toEqual({ ...exact, truncated: true })
    expect(exact.truncated).toBe(false)
  })

  it('reports analysedLength and truncated consistently for any input', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 20 }), async (password) => {
        const result = await estimateStrength(password, { maxLength: 10 })
        const length = Array.from(password.normalize('NFC')).length
        expect(result.analysedLength).toBe(Math.min(length, 10))
        expect(result.truncated).toBe(length > 10)
        expect([0, 1, 2, 3, 4]).toContain(result.score)
      }),
      { numRuns: 60 },
    )
  })

  it.each([[0], [257], [1.5], [Number.NaN]])(
    'refuses maxLength %s with ConfigError',
    async (maxLength) => {
      const error = await estimateStrength('x', { maxLength }).catch((caught: unknown) => caught)
      expect(isSesameError(error, 'invalid_config')).toBe(true)
    },
  )

  it('refuses a non-string password or user input with InputError', async () => {
    const error = await estimateStrength(42 as never).catch((caught: unknown) => caught)
    expect(isSesameError(error, 'invalid_input')).toBe(true)
    const inputs = await estimateStrength('x', { userInputs: [1] as never }).catch(
      (caught: unknown) => caught,
    )
    expect(isSesameError(inputs, 'invalid_input')).toBe(true)
  })
})

describe('dictionary loading', () => {
  it('shares one load per locale between concurrent first calls and later ones', async () => {
    const [first, second] = [loadEngine('fr'), loadEngine('fr')]
    expect(first).toBe(second)
    expect(await first).toBe(await loadEngine('fr'))
    expect(await loadEngine('en')).not.toBe(await first)
  })

  it('preloads without estimating', async () => {
    await expect(preloadStrength('en-GB')).resolves.toBeUndefined()
  })
})
