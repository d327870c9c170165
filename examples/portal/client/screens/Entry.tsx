import { Layout } from '../components/Layout'
import { useI18n } from '../i18n'
import { Link, paths } from '../router'

/** The portal's front page, as in the seed: the brand, then "Accéder à mes services en ligne". */
export function Entry() {
  const { t } = useI18n()
  return (
    <Layout>
      <section className="card entry" aria-labelledby="entry-title">
        <p className="entry-owner">{t.brandOwner}</p>
        <h1 id="entry-title">{t.appName}</h1>
        <p>{t.entryText}</p>
        <div className="actions actions-center">
          <Link className="button primary" to={paths.signIn}>
            {t.entryAction}
          </Link>
        </div>
      </section>
    </Layout>
  )
}
