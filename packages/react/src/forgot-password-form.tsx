import { ErrorSummary } from './lib/error-summary-view'
import { Heading, type HeadingLevel } from './lib/heading'
import { TextField } from './lib/text-field'
import { useScreen } from './lib/use-screen'
import { useSesameLocale } from './locale-context'
import { getMessages } from './messages'
import { type ForgotPasswordFormOptions, useForgotPasswordForm } from './use-forgot-password-form'

/** Props of {@link ForgotPasswordForm}; with `reason: 'updateRequired'` it asks a migrated account for its email. */
export interface ForgotPasswordFormProps extends ForgotPasswordFormOptions {
  /** Level of the title "Mot de passe oublié ?" (default 1). */
  headingLevel?: HeadingLevel
  /** Extra class on the root element (which always has `sesame-forgot`). */
  className?: string
}

/**
 * The seed's email screen: "Mot de passe oublié ?", the email field and "Valider", then
 * "Un message a été envoyé…" — the same answer whether or not the account exists.
 * Built from {@link useForgotPasswordForm}.
 */
export function ForgotPasswordForm(props: ForgotPasswordFormProps) {
  const { headingLevel = 1, className } = props
  const shared = useSesameLocale()
  const update = props.reason === 'updateRequired'
  const form = useForgotPasswordForm(props)
  const text = getMessages(
    props.locale ?? shared.locale,
    props.messages,
    props.catalogues ?? shared.catalogues,
  )
  const { id, ids, root } = useScreen('sesame-forgot', className, form.focus, ['email'])
  const introId = `${id}intro`
  return (
    <div className={root} data-step={form.flow.step}>
      <Heading
        level={headingLevel}
        className="sesame-forgot__title"
        focusKey={form.sent ? 'sent' : 'form'}
      >
        {update ? text.resetTitle : text.forgotTitle}
      </Heading>
      {/* Both live regions exist from the first render, so what appears in them is announced. */}
      <div role="status" className="sesame-forgot__status">
        {form.statusMessage}
      </div>
      <div role="alert" className="sesame-forgot__error">
        {form.errors.form}
        {form.sent ? null : (
          <ErrorSummary title={text.errorSummaryTitle} errors={form.errorSummary} ids={ids} />
        )}
      </div>
      {form.sent ? null : (
        <form
          noValidate
          className="sesame-forgot__form"
          onSubmit={(event) => void form.handleSubmit(event)}
        >
          <p id={introId} className="sesame-forgot__intro">
            {update ? text.updateIntro : text.forgotIntro}
          </p>
          <TextField
            id={ids.email}
            label={text.email}
            type="email"
            name="email"
            autoComplete="email"
            inputMode="email"
            required
            describedBy={introId}
            value={form.email}
            onValueChange={form.setEmail}
            error={form.errors.email}
          />
          <button type="submit" className="sesame-forgot__submit" aria-disabled={form.submitting}>
            {text.submit}
          </button>
        </form>
      )}
    </div>
  )
}
