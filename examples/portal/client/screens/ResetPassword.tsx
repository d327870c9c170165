import type { Policy } from '@sesame/core'
import { ResetPasswordForm } from '@sesame/react'
import { Card, Layout } from '../components/Layout'
import { useI18n } from '../i18n'
import { navigate, paths } from '../router'
import { sesameClient } from '../sesame'

/** "Mettre à jour mon mot de passe": @sesame/react's ResetPasswordForm, on the emailed link's token. */
export function ResetPassword({
  policy,
  onSignedIn,
}: {
  policy: Policy
  onSignedIn(): Promise<void>
}) {
  const { locale } = useI18n()
  return (
    <Layout>
      <Card>
        <ResetPasswordForm
          className="portal-form"
          policy={policy}
          locale={locale}
          client={sesameClient}
          forgotPasswordHref={paths.forgotPassword}
          onSuccess={() => {
            void onSignedIn().then(() => navigate(paths.home, { replace: true }))
          }}
        />
      </Card>
    </Layout>
  )
}
