import type { ReactNode } from 'react'
import { useI18n } from '../i18n'
import { Link, paths } from '../router'

/** The portal's brand: the organisation's mark and the portal's name. */
export function Brand() {
  const { t } = useI18n()
  return (
    <Link to={paths.home} className="brand">
      <span className="brand-mark">{t.brandOwner}</span>
      <span className="brand-name">{t.appName}</span>
    </Link>
  )
}

/** Header with the brand and the language switch, the page, and the helpline footer. */
export function Layout({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  const { t, locale, setLocale } = useI18n()
  const other = locale === 'fr' ? 'en' : 'fr'
  return (
    <div className="page">
      <a className="skip-link" href="#content">
        {t.skipToContent}
      </a>
      <header className="topbar">
        <Brand />
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

/** The white card that holds each sign-in/reset screen; untitled when a Sesame component brings its own heading. */
export function Card({ title, children }: { title?: string; children: ReactNode }) {
  if (title === undefined) return <section className="card">{children}</section>
  return (
    <section className="card" aria-labelledby="card-title">
      <h1 id="card-title">{title}</h1>
      {children}
    </section>
  )
}
