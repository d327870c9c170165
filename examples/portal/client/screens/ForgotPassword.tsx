import { ForgotPasswordForm } from '@sesame/react'
import { useRef } from 'react'
import { Card, Layout } from '../components/Layout'
import { useI18n } from '../i18n'
import { Link, navigate, paths } from '../router'
import { sesameClient } from '../sesame'

/** "Mot de passe oublié ?": @sesame/react's ForgotPasswordForm with the seed's wording. */
export function ForgotPassword() {
  const { t, locale } = useI18n()
  // The address goes to the next screen in history state (never the URL), for "send again".
  const sentTo = useRef('')
  return (
    <Layout>
      <Card>
        <ForgotPasswordForm
          className="portal-form"
          client={sesameClient}
          locale={locale}
          messages={{ forgotIntro: t.forgotIntro }}
          submit={(email, { signal }) => {
            sentTo.current = email
            return sesameClient.forgotPassword(email, { signal, locale })
          }}
          onSent={() => navigate(paths.emailSent, { state: { email: sentTo.current } })}
        />
        <p className="card-footer">
          <Link to={paths.signIn}>{t.backToSignIn}</Link>
        </p>
      </Card>
    </Layout>
  )
}
