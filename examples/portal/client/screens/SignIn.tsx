import type { Policy } from '@sesame/core'
import { SignInForm } from '@sesame/react'
import { Card, Layout } from '../components/Layout'
import { useI18n } from '../i18n'
import { Link, navigate, paths } from '../router'
import { sesameClient } from '../sesame'

/**
 * "Me connecter": @sesame/react's SignInForm with the seed's texts and layout. A migrated account
 * gets the library's update branch (the seed's message, then the new password right away); past
 * the per-account threshold the portal's challenge is the emailed link of « Mot de passe oublié ? ».
 */
export function SignIn({ policy, onSignedIn }: { policy: Policy; onSignedIn(): Promise<void> }) {
  const { t, locale } = useI18n()
  return (
    <Layout>
      <Card>
        <SignInForm
          className="portal-form"
          policy={policy}
          locale={locale}
          client={sesameClient}
          showRemember
          forgotPasswordHref={paths.forgotPassword}
          forgotPasswordPlacement="beforeSubmit"
          submitLabel={t.submit}
          placeholders={{ email: t.emailPlaceholder, password: t.passwordPlaceholder }}
          messages={{
            remember: t.rememberMe,
            forgotTitle: t.forgotPasswordLink,
            invalidCredentials: t.signInFailed,
            rateLimited: t.tooManyAttempts,
            challengeRequired: t.useResetLink,
            updateRequired: t.updateRequiredText,
          }}
          renderChallenge={() => (
            <p className="sign-in-challenge">
              <Link to={paths.forgotPassword}>{t.forgotPasswordLink}</Link>
            </p>
          )}
          onSignedIn={() => {
            // The session must be known before the dashboard renders, or it would send us back here.
            void onSignedIn().then(() => navigate(paths.home, { replace: true }))
          }}
          footer={
            <p className="card-footer">
              {t.noAccount} <Link to={paths.signUp}>{t.signUpLink}</Link>
            </p>
          }
        />
      </Card>
    </Layout>
  )
}
