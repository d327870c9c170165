import { describe, expect, it } from 'vitest'
import { commonPasswords } from '../src/blocklist/index'
import { checkPassword, definePolicy, describePolicy, lintPolicy, presets } from '../src/index'

describe('presets', () => {
  it('are frozen normalised policies, equal to their definePolicy form', () => {
    for (const [name, policy] of Object.entries(presets)) {
      expect(Object.isFrozen(policy), name).toBe(true)
      expect(definePolicy(policy), name).toEqual(policy)
    }
  })

  it('classic: the seed five rules, in the seed order, max 128', () => {
    expect(presets.classic.rules.map((r) => r.type)).toEqual([
      'lowercase',
      'uppercase',
      'digits',
      'length',
      'special',
    ])
    expect(presets.classic.rules[3]).toEqual({ type: 'length', id: 'length', min: 8, max: 128 })
    expect(checkPassword(presets.classic, 'Sesame-2026').ok).toBe(true)
    expect(checkPassword(presets.classic, 'Sesame-2').ok).toBe(false)
    expect(checkPassword(presets.classic, `Aa1!2${'x'.repeat(124)}`).ok).toBe(false)
  })

  it('nist: 15 to 128, blocklist, context, no composition rules', () => {
    expect(presets.nist.rules.map((r) => r.type)).toEqual(['length', 'notCommon', 'notContextual'])
    // Nothing departs from the standards; only Bitwarden's 14-character default is too short.
    expect(lintPolicy(presets.nist).map((w) => [w.code, w.managers])).toEqual([
      ['refuses_manager_passwords', ['bitwarden']],
    ])
    const options = { blocklist: commonPasswords }
    expect(checkPassword(presets.nist, 'correct horse battery', undefined, options).ok).toBe(true)
    expect(checkPassword(presets.nist, 'short one', undefined, options).ok).toBe(false)
    expect(
      checkPassword(presets.nist, 'jean.dupont rules 99', { email: 'jean.dupont@x.fr' }, options)
        .ok,
    ).toBe(false)
    expect(checkPassword(presets.nist, 'correct horse battery')).toMatchObject({
      ok: false,
      pending: true,
    })
  })

  it('owaspAsvs: ASVS 5.0 level 1, 8 to 128 and a blocklist', () => {
    expect(presets.owaspAsvs.rules).toEqual([
      { type: 'length', id: 'length', min: 8, max: 128 },
      { type: 'notCommon', id: 'notCommon' },
    ])
    expect(lintPolicy(presets.owaspAsvs).map((w) => w.code)).toEqual(['min_length_below_15'])
    const options = { blocklist: commonPasswords }
    expect(checkPassword(presets.owaspAsvs, 'password1', undefined, options).ok).toBe(false)
    expect(checkPassword(presets.owaspAsvs, 'tabouret vert', undefined, options).ok).toBe(true)
  })

  it('cnil: 12 characters with 4 classes OR 14 with upper, lower and digits', () => {
    expect(checkPassword(presets.cnil, 'Abcdefgh12!x').ok).toBe(true)
    expect(checkPassword(presets.cnil, 'Abcdefgh12xy').ok).toBe(false)
    expect(checkPassword(presets.cnil, 'Abcdefgh12xyzw').ok).toBe(true)
    const check = checkPassword(presets.cnil, 'Abcdefgh12xyz').checks[0]!
    expect(check).toMatchObject({ met: false, nearest: 0 })
    expect(describePolicy(presets.cnil, 'en')).toHaveLength(1)
  })
})
