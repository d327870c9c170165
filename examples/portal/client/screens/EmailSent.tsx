import { Card, Layout } from '../components/Layout'
import { useI18n } from '../i18n'
import { Link, paths } from '../router'

/** "Un message a été envoyé": the same answer whether or not the address has an account. */
export function EmailSent() {
  const { t } = useI18n()
  return (
    <Layout>
      <Card title={t.emailSentTitle}>
        <div className="alert alert-info" role="status">
          <p>{t.emailSentText}</p>
        </div>
        <p>{t.emailSentHint}</p>
        <p className="card-footer">
          <Link to={paths.signIn}>{t.backToSignIn}</Link>
        </p>
      </Card>
    </Layout>
  )
}
