import type { Policy } from '@sesame/core'
import { SignUpForm } from '@sesame/react'
import { Card, Layout } from '../components/Layout'
import { useI18n } from '../i18n'
import { Link, paths } from '../router'
import { sesameClient } from '../sesame'

/**
 * "Inscrivez-vous !": @sesame/react's SignUpForm on the library's POST /api/auth/sign-up. Always
 * « Un message a été envoyé », whether or not the address had an account: its activation link
 * (or, for a taken address, a reset link) is in the email. The server checks the name (names.ts).
 */
export function SignUp({ policy }: { policy: Policy }) {
  const { t, locale } = useI18n()
  return (
    <Layout>
      <Card>
        <SignUpForm
          className="portal-form"
          policy={policy}
          locale={locale}
          client={sesameClient}
          showName
          messages={{ name: t.fullName, nameTooLong: t.nameRefused }}
        />
        <p className="card-footer">
          {t.haveAccount} <Link to={paths.signIn}>{t.signInLink}</Link>
        </p>
      </Card>
    </Layout>
  )
}
