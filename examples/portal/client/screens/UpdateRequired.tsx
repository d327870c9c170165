import type { Policy } from '@sesame/core'
import { Card, Layout } from '../components/Layout'
import { NewPasswordForm } from '../components/NewPasswordForm'
import { useI18n } from '../i18n'
import { Link, paths, useLocation } from '../router'
import { pendingUpdate } from '../sesame'

/**
 * A migrated account's first sign-in: the seed's message, then the new password right away
 * (the sign-in answered a short-lived update token), or the emailed link as in the seed.
 */
export function UpdateRequired({
  policy,
  onSignedIn,
}: {
  policy: Policy
  onSignedIn(): Promise<void>
}) {
  const { t } = useI18n()
  const email = (useLocation().state as { email?: string } | null)?.email ?? ''
  const message = (
    <div className="alert alert-info" role="status">
      <p>{t.updateRequiredText}</p>
    </div>
  )
  const byEmail = (
    <Link to={paths.forgotPassword} state={{ email }}>
      {t.updateByEmail}
    </Link>
  )
  if (pendingUpdate.token === null) {
    return (
      <Layout>
        <Card title={t.updateRequiredTitle}>
          {message}
          <p>{t.updateRequiredHint}</p>
          <div className="actions">
            <Link className="button primary" to={paths.forgotPassword} state={{ email }}>
              {t.updateByEmailNow}
            </Link>
          </div>
        </Card>
      </Layout>
    )
  }
  return (
    <NewPasswordForm
      policy={policy}
      token={pendingUpdate.token}
      onSignedIn={async () => {
        await onSignedIn()
        pendingUpdate.token = null // used: never offered again
      }}
      intro={
        <>
          {message}
          <p className="update-alt">{byEmail}</p>
        </>
      }
    />
  )
}
