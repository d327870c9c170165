import { SIGN_UP_FIELDS } from './controllers/sign-up'
import { ErrorSummary } from './lib/error-summary-view'
import { Heading, type HeadingLevel } from './lib/heading'
import { NewPasswordPair } from './lib/new-password-pair'
import { EmailField, TextField } from './lib/text-field'
import { useScreen } from './lib/use-screen'
import { useScreenMessages } from './locale-context'
import { type SignUpFormOptions, useSignUpForm } from './use-sign-up-form'

/** Props of {@link SignUpForm}. */
export interface SignUpFormProps extends SignUpFormOptions {
  /** Level of the title "Créer mon compte" (default 1). */
  headingLevel?: HeadingLevel
  /** Shows the optional name field. */
  showName?: boolean
  /** Extra class on the root element (which always has `sesame-sign-up`). */
  className?: string
}

/**
 * The sign-up screen: an optional name, the email, the password with its live checklist and its
 * confirmation — then "check your email", the same whether or not the address had an account.
 * Built from {@link useSignUpForm}.
 */
export function SignUpForm(props: SignUpFormProps) {
  const { headingLevel = 1, className } = props
  const form = useSignUpForm(props)
  const text = useScreenMessages(props)
  const { ids, root } = useScreen('sesame-sign-up', className, form.focus, SIGN_UP_FIELDS)
  const sent = form.step === 'sent'
  return (
    <div className={root} data-step={form.step}>
      <Heading level={headingLevel} className="sesame-sign-up__title" focusKey={form.step}>
        {text.signUpTitle}
      </Heading>
      {/* Both live regions exist from the first render, so what appears in them is announced. */}
      <div role="status" className="sesame-sign-up__status">
        {form.statusMessage}
      </div>
      <div role="alert" className="sesame-sign-up__error">
        {form.errors.form}
        {sent ? null : (
          <ErrorSummary title={text.errorSummaryTitle} errors={form.errorSummary} ids={ids} />
        )}
      </div>
      {sent ? null : (
        <form
          noValidate
          className="sesame-sign-up__form"
          onSubmit={(event) => void form.handleSubmit(event)}
        >
          {props.showName ? (
            <TextField
              id={ids.name}
              label={text.name}
              name="name"
              autoComplete="name"
              autoCapitalize="words"
              value={form.name}
              onValueChange={form.setName}
              error={form.errors.name}
            />
          ) : null}
          <EmailField
            id={ids.email}
            label={text.email}
            value={form.email}
            onValueChange={form.setEmail}
            error={form.errors.email}
          />
          <NewPasswordPair
            {...props}
            form={form}
            ids={ids}
            label={text.password}
            text={text}
            context={form.context}
          />
          <button type="submit" className="sesame-sign-up__submit" aria-disabled={!form.canSubmit}>
            {text.submit}
          </button>
        </form>
      )}
    </div>
  )
}
