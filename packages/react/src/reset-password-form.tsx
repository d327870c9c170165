import { useId } from 'react'
import { ErrorSummary } from './lib/error-summary-view'
import { Heading, type HeadingLevel } from './lib/heading'
import { useFocusRequest } from './lib/use-focus-request'
import { useSesameLocale } from './locale-context'
import { getMessages } from './messages'
import { PasswordChecklist } from './password-checklist'
import { PasswordField } from './password-field'
import { type ResetPasswordFormOptions, useResetPasswordForm } from './use-reset-password-form'

/** Props of {@link ResetPasswordForm}. */
export interface ResetPasswordFormProps extends ResetPasswordFormOptions {
  /** Level of the title "Mettre à jour mon mot de passe" (default 1). */
  headingLevel?: HeadingLevel
  /** The account's identifier, given to password managers through a hidden `username` field. */
  username?: string
  /** Where the "request a new link" link of an invalid link goes (e.g. the forgot-password page). */
  forgotPasswordHref?: string
  /** Extra class on the root element (which always has `sesame-reset`). */
  className?: string
}

/**
 * The seed's reset screen: "Mettre à jour mon mot de passe", the new password with its live
 * checklist, its confirmation, and "Valider" — or the invalid-link and done states.
 * Built from {@link useResetPasswordForm}, {@link PasswordField} and {@link PasswordChecklist}.
 */
export function ResetPasswordForm(props: ResetPasswordFormProps) {
  const { headingLevel = 1, username, forgotPasswordHref, className } = props
  const shared = useSesameLocale()
  const locale = props.locale ?? shared.locale
  const catalogues = props.catalogues ?? shared.catalogues
  const form = useResetPasswordForm(props)
  const text = getMessages(locale, props.messages, catalogues)
  const id = useId()
  const checklistId = `${id}checklist`
  const ids = { password: `${id}password`, confirmation: `${id}confirmation` }
  useFocusRequest(form.focus, ids)
  const root = className ? `sesame-reset ${className}` : 'sesame-reset'

  const step = form.flow.step
  const linkMessage = form.errors.link
  const showForm = step !== 'linkInvalid' && step !== 'done'
  // Focus follows the content only when the form gives way to a message.
  const focusKey = showForm ? 'form' : step
  const title = (
    <Heading level={headingLevel} className="sesame-reset__title" focusKey={focusKey}>
      {text.resetTitle}
    </Heading>
  )

  return (
    <div className={root} data-step={step}>
      {title}
      {/* Both live regions exist from the first render, so what appears in them is announced. */}
      <div role="status" className="sesame-reset__status">
        {form.statusMessage}
      </div>
      <div role="alert" className="sesame-reset__error">
        {linkMessage ?? form.errors.form}
        {showForm ? (
          <ErrorSummary title={text.errorSummaryTitle} errors={form.errorSummary} ids={ids} />
        ) : null}
      </div>
      {form.canRetry ? (
        <button type="button" className="sesame-reset__retry" onClick={form.retry}>
          {text.retry}
        </button>
      ) : null}
      {linkMessage && forgotPasswordHref ? (
        <a href={forgotPasswordHref} className="sesame-reset__link">
          {text.requestNewLink}
        </a>
      ) : null}
      {showForm ? (
        <form
          noValidate
          className="sesame-reset__form"
          onSubmit={(event) => void form.handleSubmit(event)}
        >
          {username === undefined ? null : (
            <input
              type="text"
              name="username"
              autoComplete="username"
              value={username}
              readOnly
              hidden
            />
          )}
          <PasswordField
            id={ids.password}
            label={text.newPassword}
            name="password"
            policy={props.policy}
            locale={locale}
            catalogues={catalogues}
            messages={props.messages}
            value={form.password}
            onValueChange={form.setPassword}
            onBlur={form.blurPassword}
            visible={form.passwordVisible}
            onVisibleChange={form.setPasswordVisible}
            describedBy={checklistId}
            error={form.errors.password}
            invalid={form.errors.password !== undefined}
            required
          />
          <PasswordChecklist
            id={checklistId}
            policy={props.policy}
            password={form.password}
            locale={locale}
            catalogues={catalogues}
            messages={props.messages}
            context={props.context}
            blocklist={props.blocklist}
            answers={form.answers}
          />
          <PasswordField
            id={ids.confirmation}
            label={text.confirmation}
            name="confirmation"
            locale={locale}
            catalogues={catalogues}
            messages={props.messages}
            value={form.confirmation}
            onValueChange={form.setConfirmation}
            onBlur={form.blurConfirmation}
            visible={form.confirmationVisible}
            onVisibleChange={form.setConfirmationVisible}
            error={form.errors.confirmation}
            invalid={form.errors.confirmation !== undefined}
            required
          />
          <button
            type="submit"
            className="sesame-reset__submit"
            // aria-disabled rather than disabled: the button stays focusable and a press explains what is missing.
            aria-disabled={!form.canSubmit}
          >
            {text.submit}
          </button>
        </form>
      ) : null}
    </div>
  )
}
