import type { Policy } from '@sesame/core'
import {
  getMessages,
  isProblemError,
  PasswordChecklist,
  PasswordField,
  usePasswordChecklist,
} from '@sesame/react'
import { type FormEvent, useState } from 'react'
import { portalApi } from '../api'
import { Alert, Card, Layout } from '../components/Layout'
import { useI18n } from '../i18n'
import { Link, navigate, paths } from '../router'

/**
 * "Inscrivez-vous !" (interim, the portal's own POST /api/accounts until the library's sign-up
 * with activation replaces this file): the same live checklist as the reset screen. The browser does NOT block a
 * weak password on its own: the server's `validatePassword` is the authority and answers 422.
 */
export function SignUp({ policy, onSignedIn }: { policy: Policy; onSignedIn(): Promise<void> }) {
  const { t, locale } = useI18n()
  const [form, setForm] = useState({ firstName: '', lastName: '', email: '', password: '' })
  const [confirmation, setConfirmation] = useState('')
  const [confirmError, setConfirmError] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [passwordRefused, setPasswordRefused] = useState(false)
  const checklist = usePasswordChecklist(policy, form.password, { locale })
  const set = (key: keyof typeof form) => (value: string) => setForm({ ...form, [key]: value })

  async function submit(event: FormEvent) {
    event.preventDefault()
    setError(null)
    if (confirmation !== form.password) {
      setConfirmError(getMessages(locale).mismatch)
      return
    }
    setConfirmError(null)
    setBusy(true)
    let code = 'network_error'
    let checks: readonly { id: string }[] = []
    let field: unknown
    try {
      await portalApi('POST', '/api/accounts', { ...form, confirmation })
      setBusy(false)
      await onSignedIn()
      navigate(paths.home, { replace: true })
      return
    } catch (failure) {
      setBusy(false)
      if (isProblemError(failure)) {
        code = failure.code
        checks = failure.checks ?? []
        field = failure.problem.field
      }
    }
    setPasswordRefused(code === 'password_policy')
    // The server's verdict, named with the same labels as the checklist.
    const failed = checks
      .map((check) => checklist.labels[checklist.checks.findIndex((c) => c.id === check.id)])
      .filter(Boolean)
    setError(
      code === 'password_policy'
        ? `${t.policyFailed}${failed.length ? ` ${t.missing} ${failed.join(', ')}.` : ''}`
        : code === 'confirmation_mismatch'
          ? getMessages(locale).mismatch
          : code === 'invalid_field' && field === 'email'
            ? t.emailRefused
            : code === 'invalid_field' && (field === 'firstName' || field === 'lastName')
              ? t.nameRefused
              : code === 'invalid_field'
                ? t.requiredField
                : t.unexpectedError,
    )
  }

  const text = (key: 'firstName' | 'lastName' | 'email', type: string, autoComplete: string) => (
    <div className="field">
      <label htmlFor={`signup-${key}`}>{t[key]}</label>
      <input
        id={`signup-${key}`}
        name={key}
        type={type}
        autoComplete={autoComplete}
        required
        {...(key === 'email' ? {} : { maxLength: 80 })}
        {...(key === 'email' ? { placeholder: t.emailPlaceholder } : {})}
        value={form[key]}
        onChange={(e) => set(key)(e.target.value)}
      />
    </div>
  )

  return (
    <Layout>
      <Card title={t.signUpTitle}>
        {error && <Alert>{error}</Alert>}
        <form onSubmit={submit} noValidate>
          {text('firstName', 'text', 'given-name')}
          {text('lastName', 'text', 'family-name')}
          {text('email', 'email', 'email')}
          <PasswordField
            id="signup-password"
            name="password"
            label={t.password}
            policy={policy}
            locale={locale}
            describedBy="signup-password-checklist"
            required
            value={form.password}
            invalid={passwordRefused}
            onValueChange={(value) => {
              setPasswordRefused(false)
              set('password')(value)
            }}
          />
          <PasswordChecklist
            id="signup-password-checklist"
            policy={policy}
            password={form.password}
            locale={locale}
            context={{ email: form.email, name: `${form.firstName} ${form.lastName}` }}
          />
          <PasswordField
            id="signup-confirmation"
            name="confirmation"
            label={t.confirmPassword}
            locale={locale}
            required
            value={confirmation}
            error={confirmError ?? undefined}
            onValueChange={setConfirmation}
          />
          <div className="actions">
            <button type="submit" className="primary" disabled={busy}>
              {t.submit}
            </button>
          </div>
        </form>
        <p className="card-footer">
          {t.haveAccount} <Link to={paths.signIn}>{t.signInLink}</Link>
        </p>
      </Card>
    </Layout>
  )
}
