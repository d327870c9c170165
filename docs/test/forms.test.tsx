// @vitest-environment jsdom
import { pathToFileURL } from 'node:url'
import type { PasswordFormValues } from '@sesame/core'
import { cleanup, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ComponentType } from 'react'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { samples, writeSamples } from './lib/samples'

// The form-library samples of forms.md, run as the files they are.
type FormProps = { locale: 'fr' | 'en'; onSubmit: (values: PasswordFormValues) => void }
const LIBRARIES = ['react-hook-form', '@tanstack/react-form', '@conform-to/react'] as const
const forms = LIBRARIES.map((library) => {
  const found = samples.filter(
    (sample) => sample.guide === 'forms.md' && sample.code.includes(`from '${library}'`),
  )
  if (found.length !== 1) throw new Error(`forms.md: expected one ${library} sample`)
  return found[0]!
})

const WORDS = {
  fr: {
    password: 'Nouveau mot de passe',
    confirmation: 'Confirmation du mot de passe',
    submit: 'Valider',
    weak: ['1 lettre majuscule', '2 chiffres', '8 caractères', '1 caractère spécial'],
    mismatch: 'Les deux mots de passe ne correspondent pas.',
    invisible: 'sans caractère invisible ou invalide',
  },
  en: {
    password: 'New password',
    confirmation: 'Confirm password',
    submit: 'Submit',
    weak: ['1 uppercase letter', '2 digits', '8 characters', '1 special character'],
    mismatch: 'The two passwords do not match.',
    invisible: 'no invisible or invalid character',
  },
} as const

const components = new Map<string, ComponentType<FormProps>>()

beforeAll(async () => {
  const files = writeSamples('forms', forms)
  for (const [index, library] of LIBRARIES.entries()) {
    const module = (await import(pathToFileURL(files[index]!).href)) as {
      NewPasswordForm: ComponentType<FormProps>
    }
    components.set(library, module.NewPasswordForm)
  }
})

afterEach(cleanup)

const errorsOf = (label: string) => {
  const input = screen.getByLabelText(label)
  const list = document.getElementById(input.getAttribute('aria-describedby') ?? '')
  return list === null
    ? []
    : within(list)
        .queryAllByRole('listitem')
        .map((li) => li.textContent)
}

describe.each(LIBRARIES)('the %s sample of forms.md', (library) => {
  describe.each(['fr', 'en'] as const)('in %s', (locale) => {
    const words = WORDS[locale]
    async function fill(password: string, confirmation: string) {
      const onSubmit = vi.fn()
      const Form = components.get(library)!
      const user = userEvent.setup()
      render(<Form locale={locale} onSubmit={onSubmit} />)
      await user.type(screen.getByLabelText(words.password), password)
      if (confirmation !== '')
        await user.type(screen.getByLabelText(words.confirmation), confirmation)
      await user.click(screen.getByRole('button', { name: words.submit }))
      return onSubmit
    }

    it('lists every failed rule of a weak password, in the library labels', async () => {
      const onSubmit = await fill('soleil', 'soleil')
      await waitFor(() => expect(errorsOf(words.password)).toEqual(words.weak))
      expect(errorsOf(words.confirmation)).toEqual([])
      expect(onSubmit).not.toHaveBeenCalled()
    })

    it('says the one mismatch text under the confirmation', async () => {
      const onSubmit = await fill('Soleil12!', 'Soleil12?')
      await waitFor(() => expect(errorsOf(words.confirmation)).toEqual([words.mismatch]))
      expect(errorsOf(words.password)).toEqual([])
      expect(onSubmit).not.toHaveBeenCalled()
    })

    it('refuses an invisible character with its label', async () => {
      const onSubmit = await fill('Soleil12!\u200b', 'Soleil12!\u200b')
      await waitFor(() => expect(errorsOf(words.password)).toEqual([words.invisible]))
      expect(onSubmit).not.toHaveBeenCalled()
    })

    it('submits a valid pair, the confirmation typed in another Unicode form', async () => {
      const onSubmit = await fill('Cafe\u0301-cr3me-2!', 'Caf\u00e9-cr3me-2!')
      await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1))
      expect(onSubmit.mock.calls[0]![0]).toEqual({
        password: 'Cafe\u0301-cr3me-2!',
        confirmation: 'Caf\u00e9-cr3me-2!',
      })
      expect(errorsOf(words.password)).toEqual([])
    })
  })
})
