import { definePolicy, presets } from '@sesame/core'
import { describe, expect, it } from 'vitest'
import { checkNewPassword, defaultChecker } from '../src/index'

const policy = definePolicy({
  version: 1,
  rules: [...presets.classic.rules, { type: 'notBreached' }],
})

describe('checkNewPassword', () => {
  it('refuses a lone surrogate before the breach checker hashes anything', async () => {
    const asked: string[] = []
    const check = defaultChecker({
      breach: {
        async check(password) {
          asked.push(password)
          return { breached: false, count: 0 }
        },
      },
    })
    const lone = 'Soleil12!\udfff\udfff'
    const refused = await checkNewPassword(policy, {
      password: lone,
      confirmation: lone,
      locale: 'en',
      check,
    })
    expect(refused?.code).toBe('password_policy')
    const body = JSON.parse(String(refused?.response.body)) as { checks: { id: string }[] }
    expect(body.checks.map((c) => c.id)).toEqual(['notBreached', 'wellFormed'])
    expect(asked).toEqual([])
    // Its U+FFFD twin is an ordinary password, sent to the checker.
    const twin = 'Soleil12!\ufffd\ufffd'
    expect(
      await checkNewPassword(policy, { password: twin, confirmation: twin, locale: 'en', check }),
    ).toBeNull()
    expect(asked).toEqual([twin])
  })

  it('compares the confirmation on NFC forms', async () => {
    const refused = await checkNewPassword(presets.classic, {
      password: 'Cafe\u0301-cr3me-2!',
      confirmation: 'Caf\u00e9-cr3me-2!',
      locale: 'fr',
    })
    expect(refused).toBeNull()
    const mismatch = await checkNewPassword(presets.classic, {
      password: 'Cafe\u0301-cr3me-2!',
      confirmation: 'Cafe-cr3me-2!',
      locale: 'fr',
    })
    expect(mismatch?.code).toBe('confirmation_mismatch')
    const body = JSON.parse(String(mismatch?.response.body)) as { title: string }
    expect(body.title).toBe('Les deux mots de passe ne correspondent pas.')
  })
})
