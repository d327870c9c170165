import type { Policy } from '@sesame/core'
import { ChangePasswordForm } from '@sesame/react'
import type { Me } from '../api'
import { Card, Layout } from '../components/Layout'
import { useI18n } from '../i18n'
import { Link, paths } from '../router'
import { sesameClient } from '../sesame'

/**
 * "Modifier mon mot de passe", from the dashboard's account menu: @sesame/react's
 * ChangePasswordForm on the library's POST /api/auth/change-password (other sessions end).
 */
export function ChangePassword({ policy, me }: { policy: Policy; me: Me | null }) {
  const { t, locale } = useI18n()
  if (!me) {
    return (
      <Layout>
        <Card title={t.changePasswordTitle}>
          <p>
            <Link to={paths.signIn}>{t.signInTitle}</Link>
          </p>
        </Card>
      </Layout>
    )
  }
  return (
    <Layout>
      <Card>
        <ChangePasswordForm
          className="portal-form"
          policy={policy}
          locale={locale}
          client={sesameClient}
          username={me.email}
          context={{ email: me.email }}
        />
        <p className="card-footer">
          <Link to={paths.home}>{t.backToDashboard}</Link>
        </p>
      </Card>
    </Layout>
  )
}
