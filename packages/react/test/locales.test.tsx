import { definePolicy, presets } from '@sesame/core'
import { catalogueProblems } from '@sesame/core/locales'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, test } from 'vitest'
import { evaluateChecklist } from '../src/controllers/index'
import {
  AcceptInvitationForm,
  ActivationView,
  ChangePasswordForm,
  ForgotPasswordForm,
  getMessages,
  PasswordChecklist,
  PasswordField,
  PasswordStrength,
  type ReactCatalogue,
  ResetCodeForm,
  SesameLocaleProvider,
  SignInForm,
  SignUpForm,
} from '../src/index'
import { de, en, es, fr, reactCatalogues } from '../src/locales/index'

/** Texts legitimately identical to English, with the reason. */
const SAME_AS_ENGLISH: Record<string, Record<string, string>> = {
  fr: { 'react.forms.email': '"Email" is the seed’s French field label' },
  nl: { 'core.rules.letters': '"letter" / "letters" is the Dutch word too' },
  de: { 'react.lifecycle.name': '"Name (optional)" is the German label too' },
  it: { 'react.lifecycle.password': '"password" is the Italian word too' },
}

describe('shipped React catalogues', () => {
  test('the screens’ mismatch text is core’s one in every locale (and getMessages gives it)', () => {
    for (const catalogue of reactCatalogues) {
      expect(catalogue.react.forms.mismatch).toBe(catalogue.core.mismatch)
      expect(getMessages(catalogue.locale, undefined, reactCatalogues).mismatch).toBe(
        catalogue.core.mismatch,
      )
    }
  })

  for (const catalogue of reactCatalogues.slice(1))
    test(`${catalogue.locale}: every core and React key, plurals, placeholders, translated`, () => {
      expect(
        catalogueProblems(en, catalogue, {
          sameAsReference: SAME_AS_ENGLISH[catalogue.locale] ?? {},
        }),
      ).toEqual([])
    })

  test('the built-in texts are the en and fr catalogues', () => {
    expect(getMessages('fr')).toMatchObject(fr.react.forms)
    expect(getMessages('en-GB')).toMatchObject(en.react.forms)
    expect(getMessages('de', undefined, [en, de])).toMatchObject(de.react.forms)
  })

  test('the lifecycle screens speak every shipped locale, counted texts included', () => {
    for (const catalogue of reactCatalogues) {
      const { serverBusy: _, codeIntro: __, codeFormat: ___, ...plain } = catalogue.react.lifecycle
      const messages = getMessages(catalogue.locale, undefined, reactCatalogues)
      expect(messages).toMatchObject(plain)
      expect(messages.codeFormat(6)).toMatch(/\b6\b/)
      expect(messages.codeIntro(8)).toMatch(/\b8\b/)
      expect(messages.codeFormat(6)).not.toMatch(/[{}]/)
    }
    expect(getMessages('fr').signInTitle).toBe(fr.react.lifecycle.signInTitle)
    expect(getMessages('de').signInTitle).toBe(en.react.lifecycle.signInTitle)
    const german = getMessages('de-AT', undefined, [en, de])
    expect(german.signInTitle).toBe('Anmelden')
    expect(german.serverBusy(1)).toBe(
      'Der Dienst ist stark ausgelastet. Versuchen Sie es in 1 Sekunde erneut.',
    )
    expect(german.serverBusy(30)).toBe(
      'Der Dienst ist stark ausgelastet. Versuchen Sie es in 30 Sekunden erneut.',
    )
    expect(getMessages('fr').serverBusy(1)).toBe(
      'Le service est très sollicité. Réessayez dans 1 seconde.',
    )
    expect(getMessages('fr').serverBusy(2)).toBe(
      'Le service est très sollicité. Réessayez dans 2 secondes.',
    )
    expect(getMessages('en').serverBusy(1)).toBe('The service is very busy. Try again in 1 second.')
    expect(getMessages('es', undefined, [es]).codeFormat(6)).toBe('El código tiene 6 dígitos.')
    expect(getMessages('en', { signInTitle: 'Log in' }).signInTitle).toBe('Log in')
  })
})

describe('live-region texts from catalogue data', () => {
  test('pick the plural form of their own language', () => {
    const spanish = { locale: 'es', catalogues: [es] }
    const one = evaluateChecklist(presets.classic, 'a', spanish)
    expect(one.summary).toBe(
      '1 de 5 requisitos cumplidos. Requisitos no cumplidos: 1 letra mayúscula, 2 dígitos, 8 caracteres, 1 carácter especial.',
    )
    const french = evaluateChecklist(presets.classic, 'aB1!aaaa', { locale: 'fr' })
    expect(french.summary).toBe('4 critères sur 5 respectés. Critère non respecté : 2 chiffres.')
    const digits = definePolicy({ version: 1, rules: [{ type: 'digits', min: 2 }] })
    // French counts 0 as singular.
    expect(evaluateChecklist(digits, 'a', { locale: 'fr' }).summary).toBe(
      '0 critère sur 1 respecté. Critère non respecté : 2 chiffres.',
    )
  })
})

function Page({ catalogues }: { catalogues: readonly ReactCatalogue[] }) {
  const [password, setPassword] = useState('')
  return (
    <SesameLocaleProvider locale="de-AT" catalogues={catalogues}>
      <PasswordField
        label="Passwort"
        policy={presets.classic}
        value={password}
        onValueChange={setPassword}
      />
      <PasswordChecklist policy={presets.classic} password={password} announceDelayMs={0} />
      <PasswordStrength password="" enabled={false} />
      <ForgotPasswordForm submit={async () => undefined} />
    </SesameLocaleProvider>
  )
}

describe('<SesameLocaleProvider>', () => {
  test('gives every component below it the negotiated catalogue', async () => {
    render(<Page catalogues={[en, de]} />)
    expect(screen.getByText('Ihr Passwort muss Folgendes enthalten:')).toBeTruthy()
    expect(screen.getByText('2 Ziffern')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Passwort anzeigen' })).toBeTruthy()
    expect(screen.getByText('Stärke')).toBeTruthy()
    expect(screen.getByRole('heading', { name: 'Passwort vergessen?' })).toBeTruthy()
    await userEvent.type(screen.getByLabelText('Passwort'), 'a')
    expect(await screen.findByText(/1 von 5 Anforderungen erfüllt\./)).toBeTruthy()
  })

  test('the invitation screen takes its title and link texts from the negotiated catalogue', () => {
    const german = getMessages('de', undefined, [en, de])
    expect(german.invitationTitle).not.toBe(getMessages('en').invitationTitle)
    const { unmount } = render(
      <SesameLocaleProvider locale="de-AT" catalogues={[en, de]}>
        <AcceptInvitationForm policy={presets.classic} token="" />
      </SesameLocaleProvider>,
    )
    expect(screen.getByRole('heading', { name: german.invitationTitle })).toBeTruthy()
    expect(screen.getByText(german.invitationLinkInvalid)).toBeTruthy()
    unmount()
    render(<AcceptInvitationForm policy={presets.classic} token="" locale="de" catalogues={[de]} />)
    expect(screen.getByRole('heading', { name: german.invitationTitle })).toBeTruthy()
  })

  test('every lifecycle screen speaks the negotiated catalogue, given by the provider or its own props', () => {
    const german = getMessages('de', undefined, [en, de])
    const screens = (props: { locale?: string; catalogues?: readonly ReactCatalogue[] }) => (
      <>
        <SignInForm {...props} policy={presets.classic} />
        <SignUpForm {...props} policy={presets.classic} />
        <ChangePasswordForm {...props} policy={presets.classic} />
        <ResetCodeForm {...props} policy={presets.classic} />
        <ActivationView {...props} token="" />
      </>
    )
    const titles = [
      german.signInTitle,
      german.signUpTitle,
      german.changeTitle,
      german.codeTitle,
      german.activationTitle,
    ]
    const { unmount } = render(
      <SesameLocaleProvider locale="de-AT" catalogues={[en, de]}>
        {screens({})}
      </SesameLocaleProvider>,
    )
    const headings = () => screen.getAllByRole('heading').map((heading) => heading.textContent)
    expect(headings()).toEqual(expect.arrayContaining(titles))
    expect(screen.getAllByRole('button', { name: german.showPassword }).length).toBeGreaterThan(0)
    unmount()
    render(screens({ locale: 'de', catalogues: [de] }))
    expect(headings()).toEqual(expect.arrayContaining(titles))
  })

  test("a screen's own locale and catalogues win over the provider's", () => {
    const french = getMessages('fr')
    render(
      <SesameLocaleProvider locale="de" catalogues={[en, de]}>
        <SignInForm policy={presets.classic} locale="fr" catalogues={[fr]} />
        <SignUpForm policy={presets.classic} locale="fr" catalogues={[fr]} />
      </SesameLocaleProvider>,
    )
    expect(screen.getByRole('heading', { name: french.signInTitle })).toBeTruthy()
    expect(screen.getByRole('heading', { name: french.signUpTitle })).toBeTruthy()
    expect(screen.getAllByText('2 chiffres').length).toBeGreaterThan(0)
  })

  test("a component's own locale wins over the provider's", () => {
    render(
      <SesameLocaleProvider locale="de" catalogues={[en, de, fr]}>
        <PasswordChecklist policy={presets.classic} password="" locale="fr" />
      </SesameLocaleProvider>,
    )
    expect(screen.getByText('Votre mot de passe doit contenir :')).toBeTruthy()
  })

  test('without it, the built-in English and French stay as before', () => {
    render(<PasswordChecklist policy={presets.classic} password="" locale="de" />)
    expect(screen.getByText('Your password must contain:')).toBeTruthy()
  })
})

describe('catalogue types', () => {
  test('a custom catalogue that misses a key does not compile', () => {
    const { done: _, ...forms } = en.react.forms
    // @ts-expect-error: `react.forms.done` is missing.
    const missing: ReactCatalogue = { ...en, locale: 'sv', react: { ...en.react, forms } }
    const complete: ReactCatalogue = { ...en, locale: 'sv' }
    expect(missing.locale).toBe(complete.locale)
  })
})
