import { usePolicy } from '@sesame/react'
import { useCallback, useEffect, useState } from 'react'
import { api, type Me } from './api'
import { Card, Layout } from './components/Layout'
import { useI18n } from './i18n'
import { navigate, paths, useLocation } from './router'
import { Dashboard } from './screens/Dashboard'
import { EmailSent } from './screens/EmailSent'
import { ForgotPassword } from './screens/ForgotPassword'
import { ResetPassword } from './screens/ResetPassword'
import { SignIn } from './screens/SignIn'
import { SignUp } from './screens/SignUp'
import { UpdateRequired } from './screens/UpdateRequired'

const titles: Record<string, (t: ReturnType<typeof useI18n>['t']) => string> = {
  [paths.dashboard]: (t) => t.dashboardTitle,
  [paths.signIn]: (t) => t.signInTitle,
  [paths.signUp]: (t) => t.signUpTitle,
  [paths.forgotPassword]: (t) => t.forgotTitle,
  [paths.emailSent]: (t) => t.emailSentTitle,
  [paths.resetPassword]: (t) => t.resetTitle,
  [paths.updateRequired]: (t) => t.updateRequiredTitle,
}

/** Loads the session and the server's policy, then shows the screen for the current path. */
export function App() {
  const { t } = useI18n()
  const { pathname } = useLocation()
  const [me, setMe] = useState<Me | null | undefined>(undefined)
  // The browser checks the very policy the server enforces: it comes from GET /policy.
  const { policy, error: policyError } = usePolicy('/api/auth/policy')

  const refreshMe = useCallback(async () => {
    const result = await api<Me>('GET', '/api/me')
    setMe(result.ok ? result.data : null)
  }, [])

  useEffect(() => {
    void refreshMe()
  }, [refreshMe])

  useEffect(() => {
    const title = titles[pathname]?.(t) ?? t.notFoundTitle
    document.title = `${title} – ${t.appName}`
  }, [pathname, t])

  useEffect(() => {
    if (pathname === paths.dashboard && me === null) navigate(paths.signIn, { replace: true })
  }, [pathname, me])

  if (me === undefined || policy === undefined) {
    return (
      <Layout>
        <p role="status">{policyError ? t.unexpectedError : t.loading}</p>
      </Layout>
    )
  }

  switch (pathname) {
    case paths.dashboard:
      return me ? <Dashboard me={me} onSignedOut={() => setMe(null)} /> : null
    case paths.signIn:
      return <SignIn onSignedIn={refreshMe} />
    case paths.signUp:
      return <SignUp policy={policy} onSignedIn={refreshMe} />
    case paths.forgotPassword:
      return <ForgotPassword />
    case paths.emailSent:
      return <EmailSent />
    case paths.resetPassword:
      return <ResetPassword policy={policy} onSignedIn={refreshMe} />
    case paths.updateRequired:
      return <UpdateRequired policy={policy} onSignedIn={refreshMe} />
    default:
      return (
        <Layout>
          <Card title={t.notFoundTitle}>
            <p>
              <a href={paths.signIn}>{t.signInTitle}</a>
            </p>
          </Card>
        </Layout>
      )
  }
}
