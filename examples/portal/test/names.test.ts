import { describe, expect, it } from 'vitest'
import { MAX_NAME_LENGTH, normaliseName } from '../server/names'

describe('normaliseName', () => {
  it('accepts the names people have, in their normal form', () => {
    expect(normaliseName('  Jean-Pierre  ')).toBe('Jean-Pierre')
    expect(normaliseName("D'Artagnan")).toBe("D'Artagnan")
    expect(normaliseName('Anne-Marie O’Neil')).toBe('Anne-Marie O’Neil')
    expect(normaliseName('J. R. R.')).toBe('J. R. R.')
    expect(normaliseName('Nguyễn  Thị')).toBe('Nguyễn Thị')
    // "é" typed as e + combining acute becomes one code point.
    expect(normaliseName('Ce\u0301cile')).toBe('Cécile')
    expect(normaliseName('A'.repeat(MAX_NAME_LENGTH))).toHaveLength(MAX_NAME_LENGTH)
  })

  it('refuses what is no name: links, colons, digits, markup, too long, not a string', () => {
    for (const input of [
      'Client. URGENT: … https://evil.example/login',
      'evil.example',
      'www.evil',
      'Ana:',
      'Ana/Bob',
      '<b>Ana</b>',
      'Ana2',
      '-Ana',
      '',
      '   ',
      'A'.repeat(MAX_NAME_LENGTH + 1),
      42,
      null,
    ]) {
      expect(normaliseName(input), String(input)).toBeNull()
    }
  })
})
