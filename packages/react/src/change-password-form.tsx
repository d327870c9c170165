import { useId } from 'react'
import type { HeadingLevel } from './lib/heading'
import { NewPasswordPair } from './lib/new-password-pair'
import { ScreenHeader, UsernameHint } from './lib/screen-header'
import { useFocusRequest } from './lib/use-focus-request'
import { getMessages } from './messages'
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
  const text = getMessages(locale, props.messages)
  const id = useId()
  const ids = {
    currentPassword: `${id}current`,
    password: `${id}password`,
    confirmation: `${id}confirmation`,
  }
  useFocusRequest(form.focus, ids)
  const root = className ? `sesame-change ${className}` : 'sesame-change'
  const done = form.step === 'done'
  return (
    <div className={root} data-step={form.step}>
      <ScreenHeader
        root="sesame-change"
        title={text.changeTitle}
        headingLevel={headingLevel}
        focusKey={form.step}
        statusMessage={form.statusMessage}
        error={form.errors.form}
        summary={done ? undefined : form.errorSummary}
        summaryTitle={text.errorSummaryTitle}
        ids={ids}
      />
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
            messages={props.messages}
            value={form.currentPassword}
            onValueChange={form.setCurrentPassword}
            visible={form.currentPasswordVisible}
            onVisibleChange={form.setCurrentPasswordVisible}
            error={form.errors.currentPassword}
            required
          />
          <NewPasswordPair
            form={form}
            ids={ids}
            checklistId={`${id}checklist`}
            label={text.newPassword}
            text={text}
            policy={props.policy}
            locale={locale}
            messages={props.messages}
            context={props.context}
            blocklist={props.blocklist}
          />
          <button type="submit" className="sesame-change__submit" aria-disabled={!form.canSubmit}>
            {text.submit}
          </button>
        </form>
      )}
    </div>
  )
}
