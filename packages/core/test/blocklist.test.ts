import { describe, expect, it } from 'vitest'
import { commonPasswords, isCommonPassword } from '../src/blocklist/index'
import { checkPassword, loadBlocklist, presets } from '../src/index'

describe('blocklist', () => {
  it('holds at least 3,000 lowercased entries, the most common first', () => {
    expect(commonPasswords.size).toBeGreaterThanOrEqual(3000)
    expect([...commonPasswords].slice(0, 2)).toEqual(['123456', 'password'])
    for (const entry of commonPasswords) expect(entry).toBe(entry.normalize('NFC').toLowerCase())
  })

  it('compares case-insensitively after NFC', () => {
    expect(isCommonPassword('PASSWORD')).toBe(true)
    expect(isCommonPassword('Qwerty')).toBe(true)
    expect(isCommonPassword('tabouret vert cinq')).toBe(false)
  })

  it('loads lazily from the main entry and completes notCommon', async () => {
    const blocklist = await loadBlocklist()
    expect(blocklist.has('letmein')).toBe(true)
    const check = checkPassword(presets.owaspAsvs, 'LetMeIn1', undefined, { blocklist }).checks[1]
    expect(check).toMatchObject({ id: 'notCommon', met: !blocklist.has('letmein1') })
    expect(check).not.toHaveProperty('pending')
    expect(
      checkPassword(presets.owaspAsvs, 'Letmein', undefined, { blocklist }).checks[1],
    ).toMatchObject({ met: false, actual: 1 })
  })
})
