import { type FormEvent, useState } from 'react'
import { api } from '../api'
import { Alert, Card, Layout } from '../components/Layout'
import { useI18n } from '../i18n'
import { Link, navigate, paths } from '../router'
import { pendingUpdate } from '../sesame'

/** "Me connecter": the seed's first screen. */
export function SignIn({ onSignedIn }: { onSignedIn(): Promise<void> }) {
  const { t } = useI18n()
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [remember, setRemember] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    setError(null)
    const result = await api('POST', '/api/session', { email, password, remember })
    if (result.ok) {
      // The session must be known before the dashboard renders, or it would send us back here.
      await onSignedIn()
      navigate(paths.dashboard, { replace: true })
      return
    }
    setBusy(false)
    const { code, status } = result.problem
    // A migrated account: the right password, but the new portal wants a new one first.
    if (code === 'password_update_required') {
      pendingUpdate.token = result.problem.updateToken ?? null
      navigate(paths.updateRequired, { state: { email } })
      return
    }
    setError(
      status === 429
        ? t.tooManyAttempts
        : code === 'invalid_credentials'
          ? t.signInFailed
          : t.unexpectedError,
    )
  }

  return (
    <Layout>
      <Card title={t.signInTitle}>
        {error && <Alert>{error}</Alert>}
        <form onSubmit={submit} noValidate>
          <div className="field">
            <label htmlFor="signin-email">{t.email}</label>
            <input
              id="signin-email"
              type="email"
              name="email"
              autoComplete="username"
              placeholder={t.emailPlaceholder}
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="signin-password">{t.password}</label>
            <input
              id="signin-password"
              type="password"
              name="password"
              autoComplete="current-password"
              placeholder={t.passwordPlaceholder}
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </div>
          <div className="row">
            <label className="checkbox">
              <input
                type="checkbox"
                name="remember"
                checked={remember}
                onChange={(e) => setRemember(e.target.checked)}
              />
              {t.rememberMe}
            </label>
            <Link to={paths.forgotPassword}>{t.forgotPasswordLink}</Link>
          </div>
          <div className="actions">
            <button type="submit" className="primary" disabled={busy}>
              {t.submit}
            </button>
          </div>
        </form>
        <p className="card-footer">
          {t.noAccount} <Link to={paths.signUp}>{t.signUpLink}</Link>
        </p>
      </Card>
    </Layout>
  )
}
