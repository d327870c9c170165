import { isProblemError } from '@sesame/react'
import { useState } from 'react'
import { Card, Layout } from '../components/Layout'
import { useI18n } from '../i18n'
import { Link, paths, useLocation } from '../router'
import { sesameClient } from '../sesame'

type Resend = { state: 'idle' | 'sending' | 'sent' } | { state: 'refused'; retryAfter: number }

/**
 * "Un message a été envoyé": the same answer whether or not the address has an account; it can be
 * sent again, or its code entered instead of following its link (ResetCode).
 */
export function EmailSent() {
  const { t, locale } = useI18n()
  const email = (useLocation().state as { email?: unknown } | null)?.email
  const [resend, setResend] = useState<Resend>({ state: 'idle' })

  async function sendAgain(address: string) {
    setResend({ state: 'sending' })
    try {
      await sesameClient.forgotPassword(address, { locale })
      setResend({ state: 'sent' })
    } catch (error) {
      // The library's forgot-password route counts each request: past its limit it answers 429.
      const retry = isProblemError(error) ? Number(error.problem.retryAfter) : Number.NaN
      setResend({ state: 'refused', retryAfter: Number.isFinite(retry) ? retry : 0 })
    }
  }

  const status =
    resend.state === 'sent'
      ? t.resent
      : resend.state === 'refused'
        ? t.resendRefused(Math.max(1, Math.ceil(resend.retryAfter / 60)))
        : ''
  return (
    <Layout>
      <Card title={t.emailSentTitle}>
        <p>{t.emailSentText}</p>
        <p>{t.emailSentHint}</p>
        <p role="status" className="resend-status">
          {status}
        </p>
        <div className="actions actions-split">
          {typeof email === 'string' && email !== '' ? (
            <button
              type="button"
              className="secondary"
              aria-disabled={resend.state === 'sending'}
              onClick={() => {
                if (resend.state !== 'sending') void sendAgain(email)
              }}
            >
              {t.resend}
            </button>
          ) : (
            <Link className="button secondary" to={paths.forgotPassword}>
              {t.resend}
            </Link>
          )}
          <Link
            className="button secondary"
            to={paths.resetCode}
            state={typeof email === 'string' ? { email } : undefined}
          >
            {t.enterCode}
          </Link>
        </div>
        <p className="card-footer">
          <Link to={paths.signIn}>{t.backToSignIn}</Link>
        </p>
      </Card>
    </Layout>
  )
}
