import type { Policy } from '@sesame/core'
import { ResetCodeForm } from '@sesame/react'
import { Card, Layout } from '../components/Layout'
import { useI18n } from '../i18n'
import { Link, navigate, paths, useLocation } from '../router'
import { sesameClient } from '../sesame'

/**
 * The code of the reset email instead of its link (read on another device): @sesame/react's
 * ResetCodeForm, the address already filled when it comes from « Un message a été envoyé ».
 */
export function ResetCode({ policy, onSignedIn }: { policy: Policy; onSignedIn(): Promise<void> }) {
  const { t, locale } = useI18n()
  const email = (useLocation().state as { email?: unknown } | null)?.email
  return (
    <Layout>
      <Card>
        <ResetCodeForm
          className="portal-form"
          policy={policy}
          locale={locale}
          client={sesameClient}
          {...(typeof email === 'string' ? { email } : {})}
          onSuccess={() => {
            void onSignedIn().then(() => navigate(paths.home, { replace: true }))
          }}
        />
        <p className="card-footer">
          <Link to={paths.signIn}>{t.backToSignIn}</Link>
        </p>
      </Card>
    </Layout>
  )
}
