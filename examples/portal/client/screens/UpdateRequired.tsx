import type { Policy } from '@sesame/core'
import { Card, Layout } from '../components/Layout'
import { useI18n } from '../i18n'
import { Link, paths } from '../router'
import { ResetPassword } from './ResetPassword'

/**
 * A migrated account's first sign-in: the seed's message, then the new password right away
 * (the sign-in answered a short-lived update token, held in memory), or the emailed link as in the seed.
 */
export function UpdateRequired({
  policy,
  token,
  onSignedIn,
}: {
  policy: Policy
  token: string | null
  onSignedIn(): Promise<void>
}) {
  const { t } = useI18n()
  const message = (
    <div className="alert alert-info">
      <p>{t.updateRequiredText}</p>
    </div>
  )
  if (token === null) {
    return (
      <Layout>
        <Card title={t.updateRequiredTitle}>
          {message}
          <p>{t.updateRequiredHint}</p>
          <div className="actions">
            <Link className="button primary" to={paths.forgotPassword}>
              {t.updateByEmailNow}
            </Link>
          </div>
        </Card>
      </Layout>
    )
  }
  return (
    <ResetPassword
      policy={policy}
      token={token}
      onSignedIn={onSignedIn}
      intro={
        <>
          {message}
          <p className="update-alt">
            <Link to={paths.forgotPassword}>{t.updateByEmail}</Link>
          </p>
        </>
      }
    />
  )
}
