import type { ReactNode } from 'react'
import { useI18n } from '../i18n'
import { Link, paths } from '../router'

/** Header with the portal's name and the language switch, the page, and the helpline footer. */
export function Layout({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  const { t, locale, setLocale } = useI18n()
  const other = locale === 'fr' ? 'en' : 'fr'
  return (
    <div className="page">
      <a className="skip-link" href="#content">
        {t.skipToContent}
      </a>
      <header className="topbar">
        <Link to={paths.dashboard} className="brand">
          <span className="brand-mark" aria-hidden="true">
            ●
          </span>
          {t.appName}
        </Link>
        <button
          type="button"
          className="lang-switch"
          lang={other}
          aria-label={t.switchLanguageLabel}
          onClick={() => setLocale(other)}
        >
          {t.switchLanguage}
        </button>
      </header>
      <main id="content" className={wide ? 'content content-wide' : 'content'} tabIndex={-1}>
        {children}
      </main>
      <footer className="helpline">
        <p>{t.helpline}</p>
      </footer>
    </div>
  )
}

/** The white card that holds each sign-in/reset screen. */
export function Card({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="card" aria-labelledby="card-title">
      <h1 id="card-title">{title}</h1>
      {children}
    </section>
  )
}

/** An error or notice announced to screen readers. */
export function Alert({
  children,
  tone = 'error',
}: {
  children: ReactNode
  tone?: 'error' | 'info'
}) {
  return (
    <div className={`alert alert-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  )
}
