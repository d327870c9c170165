import { describe, expect, it } from 'vitest'
import { definePolicy, htmlAttributes, lintPolicy, presets } from '../src/index'

describe('htmlAttributes', () => {
  it('derives minLength, maxLength and Apple passwordrules', () => {
    expect(htmlAttributes(presets.classic)).toEqual({
      minLength: 8,
      maxLength: 128,
      autoComplete: 'new-password',
      passwordrules:
        'minlength: 8; maxlength: 128; required: lower; required: upper; required: digit;' +
        ' required: digit; required: special; allowed: ascii-printable;',
    })
  })

  it('handles custom special sets, repeats and policies without length', () => {
    const policy = definePolicy({
      version: 1,
      rules: [
        { type: 'special', characters: ']!-' },
        { type: 'maxRepeated', max: 2 },
      ],
    })
    expect(htmlAttributes(policy)).toEqual({
      autoComplete: 'new-password',
      passwordrules: 'required: [-!]]; allowed: ascii-printable; max-consecutive: 2;',
    })
  })
})

describe('lintPolicy', () => {
  it('warns about composition rules and a minimum under 15', () => {
    expect(lintPolicy(presets.classic).map((w) => [w.code, w.ruleId])).toEqual([
      ['composition_rules', 'lowercase'],
      ['composition_rules', 'uppercase'],
      ['composition_rules', 'digits'],
      ['composition_rules', 'special'],
      ['min_length_below_15', undefined],
      ['no_blocklist', undefined],
      ['refuses_manager_passwords', 'digits'],
      ['refuses_manager_passwords', 'special'],
    ])
  })

  it('warns about a short maximum, a minimum under 8 and a missing blocklist', () => {
    const policy = definePolicy({ version: 1, rules: [{ type: 'length', min: 6, max: 32 }] })
    expect(lintPolicy(policy).map((w) => w.code)).toEqual([
      'max_length_below_64',
      'min_length_below_8',
      'no_blocklist',
    ])
  })

  it('tells a NIST-compliant policy only that Bitwarden’s 14-character default is too short', () => {
    expect(lintPolicy(presets.nist)).toEqual([
      {
        code: 'refuses_manager_passwords',
        ruleId: 'length',
        message:
          '"length" refuses what password managers generate by default: Bitwarden\'s has 14 characters, 15 are required',
        managers: ['bitwarden'],
      },
    ])
  })
})
