import { ActivationView } from '@sesame/react'
import { Card, Layout } from '../components/Layout'
import { useI18n } from '../i18n'
import { navigate, paths } from '../router'
import { sesameClient } from '../sesame'

/** The activation link of the sign-up's email: @sesame/react's ActivationView, then the dashboard. */
export function Activate({ onSignedIn }: { onSignedIn(): Promise<void> }) {
  const { locale } = useI18n()
  return (
    <Layout>
      <Card>
        <ActivationView
          className="portal-form"
          locale={locale}
          client={sesameClient}
          signInHref={paths.signIn}
          onActivated={({ signedIn }) => {
            if (signedIn) void onSignedIn().then(() => navigate(paths.home, { replace: true }))
          }}
        />
      </Card>
    </Layout>
  )
}
