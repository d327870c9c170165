import type { Policy } from '@sesame/core'
import { ResetPasswordForm } from '@sesame/react'
import { Card, Layout } from '../components/Layout'
import { useI18n } from '../i18n'
import { navigate, paths } from '../router'
import { sesameClient } from '../sesame'

/**
 * "Mettre à jour mon mot de passe": @sesame/react's ResetPasswordForm. The token comes from the
 * emailed link's fragment, or from a migrated account's sign-in (`token`).
 */
export function ResetPassword({
  policy,
  token,
  intro,
  onSignedIn,
}: {
  policy: Policy
  token?: string
  intro?: React.ReactNode
  onSignedIn(): Promise<void>
}) {
  const { locale } = useI18n()
  return (
    <Layout>
      <Card>
        {intro}
        <ResetPasswordForm
          className="portal-form"
          policy={policy}
          locale={locale}
          client={sesameClient}
          forgotPasswordHref={paths.forgotPassword}
          {...(token === undefined ? {} : { token })}
          onSuccess={() => {
            void onSignedIn().then(() => navigate(paths.home, { replace: true }))
          }}
        />
      </Card>
    </Layout>
  )
}
