import { describe, expect, it } from 'vitest'
import { checkPassword, definePolicy, presets } from '../src/index'

const counts = (password: string) => {
  const policy = definePolicy({
    version: 1,
    rules: [
      { type: 'length' },
      { type: 'lowercase' },
      { type: 'uppercase' },
      { type: 'digits' },
      { type: 'letters' },
      { type: 'special' },
    ],
  })
  const [length, lower, upper, digits, letters, special] = checkPassword(
    policy,
    password,
  ).checks.map((c) => c.actual)
  return { length, lower, upper, digits, letters, special }
}

describe('Unicode semantics', () => {
  it('counts accented letters by case (é lowercase, É uppercase)', () => {
    expect(counts('éÉ')).toEqual({
      length: 2,
      lower: 1,
      upper: 1,
      digits: 0,
      letters: 2,
      special: 0,
    })
  })

  it('counts ß as a lowercase letter and İ as an uppercase letter', () => {
    expect(counts('ßİ')).toMatchObject({ lower: 1, upper: 1, letters: 2, length: 2 })
  })

  it('normalises to NFC before counting: e + combining acute is one lowercase letter', () => {
    expect(counts('e\u0301')).toEqual({
      length: 1,
      lower: 1,
      upper: 0,
      digits: 0,
      letters: 1,
      special: 0,
    })
  })

  it('keeps a combining mark without a base as one special code point', () => {
    expect(counts('\u0301')).toMatchObject({ length: 1, special: 1, letters: 0 })
  })

  it('counts an emoji (surrogate pair) as one special code point', () => {
    expect(counts('a😀')).toEqual({
      length: 2,
      lower: 1,
      upper: 0,
      digits: 0,
      letters: 1,
      special: 1,
    })
  })

  it('counts decimal digits of other scripts (\\p{Nd})', () => {
    expect(counts('٣٤')).toMatchObject({ digits: 2, special: 0 })
  })

  it('treats right-to-left letters as uncased letters', () => {
    expect(counts('שלום')).toEqual({
      length: 4,
      lower: 0,
      upper: 0,
      digits: 0,
      letters: 4,
      special: 0,
    })
    expect(counts('كلمة')).toMatchObject({ letters: 4, lower: 0, upper: 0 })
  })

  it('lets uncased scripts satisfy a policy that allows them', () => {
    const policy = definePolicy({
      version: 1,
      rules: [
        { type: 'length', min: 8 },
        { type: 'letters', min: 4 },
        { type: 'digits', min: 1 },
      ],
    })
    expect(checkPassword(policy, '密码安全强度很高1').ok).toBe(true)
    expect(
      checkPassword(presets.nist, '这是一个非常长而且安全的中文密码短语').checks[0],
    ).toMatchObject({ met: true })
  })

  it('counts a lone surrogate as one special code point without throwing', () => {
    expect(counts('a\ud800b')).toMatchObject({ length: 3, special: 1, letters: 2 })
  })
})

describe('long input', () => {
  it('answers a 1 MB password with the exact length, failing length.max', () => {
    const password = `Aa1!${'x'.repeat(1024 * 1024 - 4)}`
    const result = checkPassword(presets.classic, password)
    expect(result.ok).toBe(false)
    expect(result.checks[3]).toMatchObject({
      id: 'length',
      met: false,
      tooLong: true,
      actual: 1024 * 1024,
      max: 128,
    })
    expect(result.checks[0]).toMatchObject({ id: 'lowercase', actual: 1024 * 1024 - 3 })
  })

  it('answers a 1 MB non-ASCII password (NFC path) correctly', () => {
    const password = 'e\u0301'.repeat(512 * 1024)
    const result = checkPassword(presets.classic, password)
    expect(result.checks[3]).toMatchObject({ actual: 512 * 1024, tooLong: true })
    expect(result.checks[0]).toMatchObject({ actual: 512 * 1024 })
  })
})
