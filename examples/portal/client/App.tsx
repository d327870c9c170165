import { usePolicy } from '@sesame/react'
import { useCallback, useEffect, useState } from 'react'
import { currentAccount, type Me } from './api'
import { Card, Layout } from './components/Layout'
import { useI18n } from './i18n'
import { paths, useLocation } from './router'
import { Activate } from './screens/Activate'
import { ChangePassword } from './screens/ChangePassword'
import { Dashboard } from './screens/Dashboard'
import { EmailSent } from './screens/EmailSent'
import { Entry } from './screens/Entry'
import { ForgotPassword } from './screens/ForgotPassword'
import { ResetCode } from './screens/ResetCode'
import { ResetPassword } from './screens/ResetPassword'
import { SignIn } from './screens/SignIn'
import { SignUp } from './screens/SignUp'

type Messages = ReturnType<typeof useI18n>['t']

const titles: Record<string, (t: Messages) => string> = {
  [paths.signIn]: (t) => t.signInTitle,
  [paths.signUp]: (t) => t.signUpTitle,
  [paths.forgotPassword]: (t) => t.forgotTitle,
  [paths.emailSent]: (t) => t.emailSentTitle,
  [paths.resetPassword]: (t) => t.resetTitle,
  [paths.resetCode]: (t) => t.codeTitle,
  [paths.activate]: (t) => t.activationTitle,
  [paths.changePassword]: (t) => t.changePasswordTitle,
}

/** Loads the session and the server's policy, then shows the screen for the current path. */
export function App() {
  const { t } = useI18n()
  const { pathname } = useLocation()
  const [me, setMe] = useState<Me | null | undefined>(undefined)
  // The browser checks the very policy the server enforces: it comes from GET /policy.
  const { policy, error: policyError } = usePolicy('/api/auth/policy')

  const refreshMe = useCallback(async () => {
    setMe(await currentAccount())
  }, [])

  useEffect(() => {
    void refreshMe()
  }, [refreshMe])

  useEffect(() => {
    const title =
      pathname === paths.home
        ? me
          ? t.dashboardTitle
          : t.appName
        : (titles[pathname]?.(t) ?? t.notFoundTitle)
    document.title = title === t.appName ? title : `${title} – ${t.appName}`
  }, [pathname, t, me])

  if (me === undefined || policy === undefined) {
    return (
      <Layout>
        <p role="status">{policyError ? t.unexpectedError : t.loading}</p>
      </Layout>
    )
  }

  const signedIn = refreshMe

  switch (pathname) {
    case paths.home:
      return me ? <Dashboard me={me} onSignedOut={() => setMe(null)} /> : <Entry />
    case paths.signIn:
      return <SignIn policy={policy} onSignedIn={signedIn} />
    case paths.signUp:
      return <SignUp policy={policy} />
    case paths.activate:
      return <Activate onSignedIn={signedIn} />
    case paths.resetCode:
      return <ResetCode policy={policy} onSignedIn={signedIn} />
    case paths.forgotPassword:
      return <ForgotPassword />
    case paths.emailSent:
      return <EmailSent />
    case paths.resetPassword:
      return <ResetPassword policy={policy} onSignedIn={signedIn} />
    case paths.changePassword:
      return <ChangePassword policy={policy} me={me} />
    default:
      return (
        <Layout>
          <Card title={t.notFoundTitle}>
            <p>
              <a href={paths.home}>{t.appName}</a>
            </p>
          </Card>
        </Layout>
      )
  }
}
