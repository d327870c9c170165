import { useForgotPasswordForm } from '@sesame/react'
import { useEffect } from 'react'
import { Alert, Card, Layout } from '../components/Layout'
import { useI18n } from '../i18n'
import { Link, navigate, paths, useLocation } from '../router'
import { sesameClient } from '../sesame'

/** "Mot de passe oublié ?": @sesame/react's useForgotPasswordForm with the seed's wording. */
export function ForgotPassword() {
  const { t, locale } = useI18n()
  const { state } = useLocation()
  const prefill = (state as { email?: string } | null)?.email ?? ''
  const form = useForgotPasswordForm({
    client: sesameClient,
    locale,
    onSent: () => navigate(paths.emailSent),
  })
  const { setEmail } = form
  useEffect(() => {
    if (prefill) setEmail(prefill)
  }, [prefill, setEmail])

  return (
    <Layout>
      <Card title={t.forgotTitle}>
        <p>{t.forgotIntro}</p>
        {form.errorMessage && <Alert>{form.errorMessage}</Alert>}
        <form onSubmit={form.handleSubmit} noValidate>
          <div className="field">
            <label htmlFor="forgot-email">{t.email}</label>
            <input
              id="forgot-email"
              type="email"
              name="email"
              autoComplete="username"
              placeholder={t.emailPlaceholder}
              required
              aria-invalid={form.error === 'invalid_email'}
              value={form.email}
              onChange={(e) => form.setEmail(e.target.value)}
            />
          </div>
          <div className="actions">
            <button type="submit" className="primary" disabled={form.submitting}>
              {t.submit}
            </button>
          </div>
        </form>
        <p className="card-footer">
          <Link to={paths.signIn}>{t.backToSignIn}</Link>
        </p>
      </Card>
    </Layout>
  )
}
