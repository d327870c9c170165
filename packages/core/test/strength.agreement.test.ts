import { ZxcvbnFactory } from '@zxcvbn-ts/core'
import * as common from '@zxcvbn-ts/language-common'
import * as en from '@zxcvbn-ts/language-en'
import { describe, expect, it } from 'vitest'
import { estimateStrength } from '../src/strength'
import corpus from './strength.corpus.json'

interface Entry {
  kind: string
  password: string
  rawScore: number
}

const entries = corpus as Entry[]

// Scores of raw @zxcvbn-ts/core (common + en defaults) are precomputed by strength.corpus.mjs.
describe('agreement with raw zxcvbn-ts defaults', () => {
  it('holds a corpus of every kind of password', () => {
    const kinds = new Set(entries.map((entry) => entry.kind))
    for (const kind of [
      'common',
      'word-digits',
      'keyboard',
      'leet',
      'passphrase',
      'random-8',
      'random-64',
    ]) {
      expect(kinds).toContain(kind)
    }
    expect(entries.length).toBeGreaterThanOrEqual(300)
    expect(entries.every((entry) => Array.from(entry.password).length <= 64)).toBe(true)
  })

  it('gives the same score as raw zxcvbn-ts on at least 95% of the corpus', async () => {
    let same = 0
    for (const entry of entries) {
      const { score } = await estimateStrength(entry.password, { locale: 'en' })
      if (score === entry.rawScore) same += 1
    }
    expect(same / entries.length).toBeGreaterThanOrEqual(0.95)
  })

  it('uses precomputed raw scores that raw zxcvbn-ts still gives (sample)', () => {
    const raw = new ZxcvbnFactory({
      translations: en.translations,
      graphs: common.adjacencyGraphs,
      dictionary: { ...common.dictionary, ...en.dictionary },
    })
    const sample = entries
      .filter((entry) => entry.password.length <= 12)
      .filter((_, n) => n % 8 === 0)
    expect(sample.length).toBeGreaterThan(20)
    for (const entry of sample)
      expect(raw.check(entry.password).score, entry.password).toBe(entry.rawScore)
  })
})
