import { isProblemError } from '@sesame/react'
import { type FormEvent, useState } from 'react'
import { Alert, Card, Layout } from '../components/Layout'
import { useI18n } from '../i18n'
import { Link, navigate, paths } from '../router'
import { sesameClient } from '../sesame'

/**
 * "Me connecter": the seed's sign-in screen, on the library's POST /api/auth/sign-in (the password
 * check, the counters and the migrated-account answer are the library's).
 */
export function SignIn({
  onSignedIn,
  onUpdateRequired,
}: {
  onSignedIn(): Promise<void>
  /** A migrated account: the right password, but the new portal wants a new one first. */
  onUpdateRequired(updateToken: string | null): void
}) {
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
    try {
      await sesameClient.signIn({ email, password, remember })
      // The session must be known before the dashboard renders, or it would send us back here.
      await onSignedIn()
      navigate(paths.home, { replace: true })
      return
    } catch (failure) {
      setBusy(false)
      const code = isProblemError(failure) ? failure.code : 'network_error'
      if (code === 'password_update_required' && isProblemError(failure)) {
        const token = failure.problem.updateToken
        onUpdateRequired(typeof token === 'string' ? token : null)
        navigate(paths.updateRequired)
        return
      }
      setError(
        code === 'rate_limited'
          ? t.tooManyAttempts
          : code === 'challenge_required'
            ? t.useResetLink
            : code === 'invalid_credentials'
              ? t.signInFailed
              : t.unexpectedError,
      )
    }
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
