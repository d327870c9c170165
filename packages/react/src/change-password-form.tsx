import { ErrorSummary } from './lib/error-summary-view'
import { Heading, type HeadingLevel } from './lib/heading'
import { NewPasswordPair } from './lib/new-password-pair'
import { useScreen } from './lib/use-screen'
import { UsernameHint } from './lib/username-hint'
import { useScreenMessages } from './locale-context'
import { PasswordField } from './password-field'
import { type ChangePasswordFormOptions, useChangePasswordForm } from './use-change-password-form'

/** Props of {@link ChangePasswordForm}. */
export interface ChangePasswordFormProps extends ChangePasswordFormOptions {
  /** Level of the title "Modifier mon mot de passe" (default 1). */
  headingLevel?: HeadingLevel
  /** The account's identifier, given to password managers through a hidden `username` field. */
  username?: string
  /** Extra class on the root element (which always has `sesame-change`). */
  className?: string
}

/**
 * The change-password screen (signed in): the current password, the new one with its live
 * checklist (the server's "not a previous password" line once it says so), its confirmation.
 * Built from {@link useChangePasswordForm}.
 */
export function ChangePasswordForm(props: ChangePasswordFormProps) {
  const { headingLevel = 1, locale, className, username } = props
  const form = useChangePasswordForm(props)
  const text = useScreenMessages(props)
  const { ids, root } = useScreen('sesame-change', className, form.focus, [
    'currentPassword',
    'password',
    'confirmation',
  ])
  const done = form.step === 'done'
  return (
    <div className={root} data-step={form.step}>
      <Heading level={headingLevel} className="sesame-change__title" focusKey={form.step}>
        {text.changeTitle}
      </Heading>
      {/* Both live regions exist from the first render, so what appears in them is announced. */}
      <div role="status" className="sesame-change__status">
        {form.statusMessage}
      </div>
      <div role="alert" className="sesame-change__error">
        {form.errors.form}
        {done ? null : (
          <ErrorSummary title={text.errorSummaryTitle} errors={form.errorSummary} ids={ids} />
        )}
      </div>
      {done ? null : (
        <form
          noValidate
          className="sesame-change__form"
          onSubmit={(event) => void form.handleSubmit(event)}
        >
          <UsernameHint username={username} />
          <PasswordField
            id={ids.currentPassword}
            label={text.currentPassword}
            name="currentPassword"
            autoComplete="current-password"
            locale={locale}
            catalogues={props.catalogues}
            messages={props.messages}
            value={form.currentPassword}
            onValueChange={form.setCurrentPassword}
            visible={form.currentPasswordVisible}
            onVisibleChange={form.setCurrentPasswordVisible}
            error={form.errors.currentPassword}
            required
          />
          <NewPasswordPair {...props} form={form} ids={ids} label={text.newPassword} text={text} />
          <button type="submit" className="sesame-change__submit" aria-disabled={!form.canSubmit}>
            {text.submit}
          </button>
        </form>
      )}
    </div>
  )
}
