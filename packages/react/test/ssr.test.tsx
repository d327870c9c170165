// @vitest-environment node
import { presets } from '@sesame/core'
import { renderToString } from 'react-dom/server'
import { afterEach, describe, expect, test, vi } from 'vitest'
import {
  ForgotPasswordForm,
  PasswordChecklist,
  PasswordField,
  ResetPasswordForm,
  usePolicy,
} from '../src/index'

afterEach(() => vi.restoreAllMocks())

function PolicyProbe() {
  const { policy, loading } = usePolicy('/auth/policy')
  return <p>{loading ? 'loading' : String(policy)}</p>
}

describe('server rendering (no DOM)', () => {
  test('renders the checklist, with every item, without a warning', () => {
    const errors = vi.spyOn(console, 'error')
    const warnings = vi.spyOn(console, 'warn')
    const html = renderToString(
      <PasswordChecklist policy={presets.classic} password="aB1" locale="fr" />,
    )
    expect(typeof window).toBe('undefined')
    expect(html).toContain('Votre mot de passe doit contenir :')
    for (const label of [
      '1 lettre minuscule',
      '1 lettre majuscule',
      '2 chiffres',
      '8 caractères',
      '1 caractère spécial',
    ]) {
      expect(html).toContain(label)
    }
    expect(html.match(/data-met="true"/g)).toHaveLength(2)
    expect(html).toContain('role="status"')
    expect(errors).not.toHaveBeenCalled()
    expect(warnings).not.toHaveBeenCalled()
  })

  test('renders the field and both forms without touching window or fetch', () => {
    const errors = vi.spyOn(console, 'error')
    const fetch = vi.spyOn(globalThis, 'fetch')
    const html = renderToString(
      <>
        <PasswordField label="Nouveau mot de passe" policy={presets.classic} value="" readOnly />
        <ResetPasswordForm policy={presets.classic} locale="fr" />
        <ForgotPasswordForm locale="fr" />
        <PolicyProbe />
      </>,
    )
    expect(html).toContain('passwordrules="minlength: 8;')
    expect(html).toContain('Mettre à jour mon mot de passe')
    expect(html).toContain('Mot de passe oublié ?')
    expect(html).toContain('loading')
    expect(errors).not.toHaveBeenCalled()
    expect(fetch).not.toHaveBeenCalled()
  })
})
