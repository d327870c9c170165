import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { presets } from '@sesame/core'
import { createSesameClient } from '@sesame/react/controllers'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { type App, createApp, h } from 'vue'
import { fakeServer } from '../helpers/fake-server'
import { NewPasswordForm } from './new-password-form'

const GOOD = 'Sésame-2026!'
let app: App | undefined

afterEach(() => {
  app?.unmount()
  app = undefined
  document.body.innerHTML = ''
})

function mount() {
  const server = fakeServer()
  const root = document.createElement('div')
  document.body.append(root)
  const client = createSesameClient({ baseUrl: '/auth', fetch: server.fetch })
  app = createApp({
    render: () =>
      h(NewPasswordForm, {
        token: 'abc.def.ghi',
        options: { policy: presets.classic, locale: 'fr', client },
      }),
  })
  app.mount(root)
  return { server, root }
}

const states = (root: Element) =>
  [...root.querySelectorAll('#checklist li')].map((item) => item.getAttribute('data-state'))

describe('a Vue 3 binding over @sesame/react/controllers', () => {
  test('types into the field, the checklist follows, a refusal focuses the field, the submit goes through', async () => {
    const { server, root } = mount()
    const user = userEvent.setup({ delay: null })
    const password = await vi.waitFor(() => {
      const input = root.querySelector<HTMLInputElement>('#password')
      if (!input) throw new Error('the form is not shown yet')
      return input
    })
    expect(states(root)).toEqual(Array(5).fill('idle'))
    await user.type(password, 'aB1')
    await vi.waitFor(() => expect(states(root)).toEqual(['met', 'met', 'unmet', 'unmet', 'unmet']))
    expect(root.querySelector('#checklist li')?.textContent).toBe('1 lettre minuscule (respecté)')

    await user.click(root.querySelector('button[type="submit"]') as HTMLElement)
    await vi.waitFor(() => expect(document.activeElement).toBe(password))
    expect(password.getAttribute('aria-invalid')).toBe('true')
    expect(root.querySelector('[role="alert"] li')?.textContent).toBe(
      'Le mot de passe ne respecte pas tous les critères. Critères non respectés : 2 chiffres, 8 caractères, 1 caractère spécial.',
    )

    await user.clear(password)
    await user.type(password, GOOD)
    await user.type(root.querySelector('#confirmation') as HTMLElement, GOOD)
    await user.click(root.querySelector('button[type="submit"]') as HTMLElement)
    await vi.waitFor(() =>
      expect(root.querySelector('[role="status"]')?.textContent).toBe(
        'Votre mot de passe a été mis à jour.',
      ),
    )
    expect(server.calls.at(-1)).toMatchObject({
      url: '/auth/reset-password',
      body: { token: 'abc.def.ghi', password: GOOD, confirmation: GOOD },
    })
  })

  test('is the very code docs/other-frameworks.md shows', () => {
    const guide = readFileSync(join(__dirname, '../../../../docs/other-frameworks.md'), 'utf8')
    const binding = readFileSync(join(__dirname, 'new-password-form.ts'), 'utf8')
    const blocks = [...guide.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1])
    expect(blocks).toContain(binding)
  })
})
