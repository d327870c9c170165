import { deFeedback } from '@sesame/core/strength/feedback/de'
import { render, screen, waitFor } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { PasswordStrength } from '../src/index'
import { de } from '../src/locales/de'
import { en } from '../src/locales/en'
import { type StrengthWorkerScope, serveStrength } from '../src/strength.worker'

// The real estimate (no mock): English dictionaries score, the feedback follows the locale.
describe('<PasswordStrength> feedback locale', () => {
  test('in de, the warning is German next to the German score label', async () => {
    render(
      <PasswordStrength password="password" locale="de-AT" catalogues={[en, de]} worker={false} />,
    )
    const text = await waitFor(
      () => {
        const live = document.querySelector('.sesame-strength-text')
        expect(live?.textContent).toContain(deFeedback.strength.warnings.topTen)
        return live?.textContent
      },
      { timeout: 20_000 },
    )
    expect(text).toBe(
      `${de.react.strength.scores[0]} — Dies ist ein sehr häufig verwendetes Passwort.`,
    )
    expect(screen.queryByText(/heavily used/)).toBeNull()
  }, 30_000)

  test('an app catalogue passed as feedback wins', async () => {
    const own = {
      ...deFeedback,
      strength: {
        ...deFeedback.strength,
        warnings: { ...deFeedback.strength.warnings, topTen: 'Viel zu bekannt.' },
      },
    }
    render(
      <PasswordStrength
        password="password"
        locale="de"
        catalogues={[en, de]}
        feedback={[own]}
        worker={false}
      />,
    )
    await waitFor(
      () =>
        expect(document.querySelector('.sesame-strength-text')?.textContent).toContain(
          'Viel zu bekannt.',
        ),
      { timeout: 20_000 },
    )
  }, 30_000)
})

describe('strength worker', () => {
  test('answers in the locale the page sends', async () => {
    const listeners: ((event: MessageEvent) => void)[] = []
    const answers: unknown[] = []
    const scope: StrengthWorkerScope = {
      addEventListener: (_, listener) => listeners.push(listener as (event: MessageEvent) => void),
      postMessage: (message) => answers.push(message),
    }
    serveStrength(scope)
    const request = { type: 'estimate', id: 1, password: 'password', options: { locale: 'nl-BE' } }
    for (const listener of listeners)
      listener(new MessageEvent('message', { data: structuredClone(request) }))
    await waitFor(() => expect(answers).toHaveLength(1), { timeout: 20_000 })
    expect(answers[0]).toMatchObject({
      id: 1,
      ok: true,
      result: { feedback: { warning: 'Dit wachtwoord wordt heel erg veel gebruikt.' } },
    })
  }, 30_000)
})
