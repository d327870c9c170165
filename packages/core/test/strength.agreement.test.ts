import { ZxcvbnFactory } from '@zxcvbn-ts/core'
import * as common from '@zxcvbn-ts/language-common'
import * as en from '@zxcvbn-ts/language-en'
import { describe, expect, it } from 'vitest'
import { estimateStrength } from '../src/strength'
import committed from './strength.corpus.json'
import generated from './strength.generated-corpus.json'

interface Entry {
  kind: string
  password: string
  rawScore: number
}

const raw = new ZxcvbnFactory({
  translations: en.translations,
  graphs: common.adjacencyGraphs,
  dictionary: { ...common.dictionary, ...en.dictionary },
})

// Raw scores of @zxcvbn-ts/core (common + en defaults) are precomputed by the corpus scripts.
describe.each([
  ['the committed corpus (strength.corpus.mjs)', committed as Entry[], 300],
  ['the generated corpus (strength.generated-corpus.mjs)', generated as Entry[], 2000],
])('agreement with raw zxcvbn-ts defaults on %s', (_, entries, size) => {
  it('holds enough passwords of every kind, none past the analysed length', () => {
    expect(entries.length).toBeGreaterThanOrEqual(size)
    expect(new Set(entries.map((entry) => entry.kind)).size).toBeGreaterThanOrEqual(5)
    expect(entries.every((entry) => Array.from(entry.password).length <= 64)).toBe(true)
  })

  it('gives the same score on at least 99%, and is never more lenient by more than a point', async () => {
    const differences: string[] = []
    let lenient = 0
    for (const entry of entries) {
      const { score } = await estimateStrength(entry.password, { locale: 'en' })
      if (score === entry.rawScore) continue
      differences.push(`${JSON.stringify(entry.password)}: ${entry.rawScore} → ${score}`)
      if (score > entry.rawScore + 1) lenient += 1
    }
    expect(lenient, differences.join('\n')).toBe(0)
    expect(1 - differences.length / entries.length, differences.join('\n')).toBeGreaterThanOrEqual(
      0.99,
    )
  })

  it('uses precomputed raw scores that raw zxcvbn-ts still gives (sample)', () => {
    // Raw takes up to a second on long inputs: a sample of the short ones keeps the test quick.
    const sample = entries
      .filter((entry) => entry.password.length <= 12)
      .filter((_, n) => n % 10 === 0)
    expect(sample.length).toBeGreaterThan(20)
    for (const entry of sample)
      expect(raw.check(entry.password).score, entry.password).toBe(entry.rawScore)
  })
})
