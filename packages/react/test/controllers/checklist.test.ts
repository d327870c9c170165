// @vitest-environment node
import { definePolicy, presets } from '@sesame/core'
import { describe, expect, test } from 'vitest'
import { evaluateChecklist } from '../../src/controllers/index'

describe('evaluateChecklist', () => {
  test('nothing typed is neutral: idle items, no status words, nothing to announce', () => {
    const view = evaluateChecklist(presets.classic, '', { locale: 'fr' })
    expect(view.started).toBe(false)
    expect(view.items.map((item) => [item.state, item.status])).toEqual(Array(5).fill(['idle', '']))
    expect(view.missing).toEqual([])
    expect(view.summary).toBe('')
  })

  test('then each criterion is met or not, in words, with a summary naming what is missing', () => {
    const view = evaluateChecklist(presets.classic, 'aB1', { locale: 'fr' })
    expect(view.items.map((item) => `${item.label}: ${item.status}`)).toEqual([
      '1 lettre minuscule: respecté',
      '1 lettre majuscule: respecté',
      '2 chiffres: non respecté',
      '8 caractères: non respecté',
      '1 caractère spécial: non respecté',
    ])
    expect(view.summary).toBe(
      '2 critères sur 5 respectés. Critères non respectés : 2 chiffres, 8 caractères, 1 caractère spécial.',
    )
    expect(evaluateChecklist(presets.classic, 'aB12cdef!', { locale: 'en' }).summary).toBe(
      'All requirements are met.',
    )
  })

  test('an asynchronous rule is "checking" until answered, and never listed as missing', () => {
    const policy = definePolicy({
      version: 1,
      rules: [{ type: 'length', min: 8 }, { type: 'notBreached' }],
    })
    const waiting = evaluateChecklist(policy, 'long enough', { locale: 'en' })
    expect(waiting.items.map((item) => [item.state, item.status])).toEqual([
      ['met', 'met'],
      ['checking', 'being checked'],
    ])
    expect(waiting.missing).toEqual([])
    expect(waiting.summary).toBe('1 of 2 requirements met.')
    const answered = evaluateChecklist(policy, 'long enough', {
      locale: 'en',
      answers: { notBreached: { met: false, actual: 3 } },
    })
    expect(answered.missing).toEqual(['not found in known data breaches'])
  })

  test('a password over the maximum length is said to be too long, not short', () => {
    const view = evaluateChecklist(presets.classic, `aB12!${'x'.repeat(200)}`, { locale: 'fr' })
    expect(view.items[3]?.state).toBe('unmet')
    expect(view.missing).toEqual(['au plus 128 caractères'])
  })

  test('messages can be overridden', () => {
    const view = evaluateChecklist(presets.classic, 'a', {
      messages: { met: 'ok', unmet: (labels) => `todo ${labels.length}` },
    })
    expect(view.items[0]?.status).toBe('ok')
    expect(view.summary).toBe('1 of 5 requirements met. todo 4')
  })
})
