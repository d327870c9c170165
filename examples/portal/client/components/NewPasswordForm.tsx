import type { Policy } from '@sesame/core'
import { PasswordChecklist, PasswordField, useResetPasswordForm } from '@sesame/react'
import type { ReactNode } from 'react'
import { useI18n } from '../i18n'
import { Link, navigate, paths } from '../router'
import { sesameClient } from '../sesame'
import { Alert, Card, Layout } from './Layout'

/**
 * "Mettre à jour mon mot de passe", driven by @sesame/react's useResetPasswordForm: the token
 * comes from the emailed link's fragment, or from a migrated account's sign-in (`token`).
 */
export function NewPasswordForm({
  policy,
  token,
  intro,
  onSignedIn,
}: {
  policy: Policy
  token?: string
  intro?: ReactNode
  onSignedIn(): Promise<void>
}) {
  const { t, locale } = useI18n()
  const form = useResetPasswordForm({
    policy,
    locale,
    client: sesameClient,
    ...(token === undefined ? {} : { token }),
    onSuccess: () => {
      void onSignedIn().then(() => navigate(paths.dashboard, { replace: true }))
    },
  })

  if (form.flow.step === 'linkInvalid') {
    const { reason, suggestion } = form.flow
    const why =
      reason === 'expired' ? t.linkExpired : reason === 'stale' ? t.linkStale : t.linkBroken
    return (
      <Layout>
        <Card title={t.linkInvalidTitle}>
          <Alert>
            <p>{why}</p>
            <p className="alert-next">{t.linkInvalidText}</p>
          </Alert>
          <div className="actions">
            <Link className="button primary" to={paths.forgotPassword}>
              {t.linkInvalidAction}
            </Link>
          </div>
          {suggestion === 'signIn' && (
            <p className="card-footer">
              <Link to={paths.signIn}>{t.signInLink}</Link>
            </p>
          )}
        </Card>
      </Layout>
    )
  }
  if (form.flow.step !== 'chooseNewPassword') {
    return (
      <Layout>
        <Card title={t.resetTitle}>
          {form.errors.form ? (
            <>
              <Alert>{form.errors.form}</Alert>
              <button type="button" className="primary" onClick={form.retry}>
                {t.retry}
              </button>
            </>
          ) : (
            <p role="status">{form.flow.step === 'done' ? t.loading : t.checkingLink}</p>
          )}
        </Card>
      </Layout>
    )
  }
  return (
    <Layout>
      <Card title={t.resetTitle}>
        {intro}
        {form.errors.form && <Alert>{form.errors.form}</Alert>}
        <form onSubmit={form.handleSubmit} noValidate>
          <PasswordField
            id="new-password"
            name="password"
            label={t.newPassword}
            policy={policy}
            locale={locale}
            describedBy="new-password-checklist"
            required
            value={form.password}
            onValueChange={form.setPassword}
            visible={form.passwordVisible}
            onVisibleChange={form.setPasswordVisible}
            error={form.errors.password}
          />
          <PasswordChecklist
            id="new-password-checklist"
            policy={policy}
            password={form.password}
            locale={locale}
          />
          <PasswordField
            id="confirm-password"
            name="confirmation"
            label={t.confirmPassword}
            locale={locale}
            required
            value={form.confirmation}
            onValueChange={form.setConfirmation}
            onBlur={form.blurConfirmation}
            visible={form.confirmationVisible}
            onVisibleChange={form.setConfirmationVisible}
            error={form.errors.confirmation}
          />
          <div className="actions">
            <button type="submit" className="primary" disabled={form.submitting}>
              {t.submit}
            </button>
          </div>
        </form>
      </Card>
    </Layout>
  )
}
