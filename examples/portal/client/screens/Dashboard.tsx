import { useState } from 'react'
import { type Me, portalApi } from '../api'
import meeting from '../assets/meeting.svg'
import { Layout } from '../components/Layout'
import { RequestsChart } from '../components/RequestsChart'
import { useI18n } from '../i18n'
import { Link, navigate, paths } from '../router'

/** The signed-in home: account and company in the sidebar, funding requests chart, news. */
export function Dashboard({ me, onSignedOut }: { me: Me; onSignedOut(): void }) {
  const { t } = useI18n()
  const [notice, setNotice] = useState<string | null>(null)
  const org = me.organisation

  async function signOut() {
    await portalApi('POST', '/api/session/sign-out', {}).catch(() => undefined)
    onSignedOut()
    navigate(paths.home, { replace: true })
  }

  const menu = [t.menuRequest, t.menuFundings, t.menuRefunds, t.menuHelp]
  return (
    <Layout wide>
      <div className="dashboard">
        <aside className="sidebar" aria-labelledby="account-name">
          <h2 id="account-name" className="account-name">
            {me.firstName} {me.lastName}
          </h2>
          {org ? (
            <dl className="org">
              <dt className="visually-hidden">{t.company}</dt>
              <dd className="org-name">{org.name}</dd>
              <dd>
                {org.postcode}, {org.city}
              </dd>
              <dd className="org-siret">
                <span className="nowrap">{org.siret}</span>
                {org.multiSiret ? (
                  <>
                    {' '}
                    <span className="nowrap">{t.multiSiret}</span>
                  </>
                ) : null}
              </dd>
              <dd className="org-branch" title={org.branch}>
                {org.branch}
              </dd>
              <dd>{org.headcount}</dd>
            </dl>
          ) : (
            <p>{t.noOrganisation}</p>
          )}
          <nav aria-label={t.accountMenu}>
            <ul className="menu">
              {menu.map((label) => (
                <li key={label}>
                  <button type="button" onClick={() => setNotice(`${label} : ${t.comingSoon}`)}>
                    {label}
                  </button>
                </li>
              ))}
              <li>
                <Link to={paths.changePassword}>{t.changePasswordTitle}</Link>
              </li>
            </ul>
          </nav>
          <button type="button" className="secondary" onClick={signOut}>
            {t.signOut}
          </button>
        </aside>
        <div className="dashboard-main">
          <h1>{t.welcome(`${me.firstName} ${me.lastName}`)}</h1>
          <p role="status">{notice ?? t.signedInNotice}</p>
          <div className="dashboard-row">
            <section className="panel" aria-labelledby="requests-title">
              <h2 id="requests-title">{t.requestsTitle}</h2>
              <RequestsChart
                archived={org?.requests.archived ?? 0}
                inProgress={org?.requests.inProgress ?? 0}
                draft={org?.requests.draft ?? 0}
              />
            </section>
            <div className="panel photo">
              <img src={meeting} alt="" width="480" height="300" />
            </div>
          </div>
          <section className="panel" aria-labelledby="news-title">
            <h2 id="news-title">{t.newsTitle}</h2>
            <ul className="news">
              <li>
                <h3>{t.news1Title}</h3>
                <p>{t.news1Text}</p>
              </li>
              <li>
                <h3>{t.news2Title}</h3>
                <p>{t.news2Text}</p>
              </li>
            </ul>
          </section>
        </div>
      </div>
    </Layout>
  )
}
