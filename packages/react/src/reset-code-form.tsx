import { useEffect, useRef } from 'react'
import { ErrorSummary } from './lib/error-summary-view'
import { Heading, type HeadingLevel } from './lib/heading'
import { PasswordStepScreen } from './lib/new-password-screen'
import { EmailField, TextField } from './lib/text-field'
import { useScreen } from './lib/use-screen'
import { useScreenMessages } from './locale-context'
import { type ResetCodeFormOptions, useResetCodeForm } from './use-reset-code-form'

/** Props of {@link ResetCodeForm}. */
export interface ResetCodeFormProps extends ResetCodeFormOptions {
  /** Level of the titles (default 1). */
  headingLevel?: HeadingLevel
  /** Extra class on the root element (which always has `sesame-code`). */
  className?: string
}

/**
 * The "enter the code" screen: the email and the reset email's one-time code (digits only, the
 * phone's numeric keyboard, the code offered by the system from the message), "Continuer", then
 * the new password with its live checklist. A refused code comes back to the code with one text.
 * Built from {@link useResetCodeForm}.
 */
export function ResetCodeForm(props: ResetCodeFormProps) {
  const { headingLevel = 1, className } = props
  const form = useResetCodeForm(props)
  const text = useScreenMessages(props)
  const { id, ids, root } = useScreen('sesame-code', className, form.focus, ['email', 'code'])
  // Once the new password was shown, coming back to the code moves focus with the screen.
  const left = useRef(false)
  useEffect(() => {
    if (form.step === 'password') left.current = true
  }, [form.step])

  if (form.step === 'password' && form.password) {
    return (
      // The screen's own props say the policy, the texts and the blocklist.
      <PasswordStepScreen
        {...props}
        form={form.password}
        email={form.email}
        headingLevel={headingLevel}
        onBack={form.back}
        backLabel={text.codeTitle}
      />
    )
  }

  const introId = `${id}intro`
  return (
    <div className={root} data-step={form.step}>
      <Heading
        level={headingLevel}
        className="sesame-code__title"
        focusKey={form.step}
        focusOnMount={left.current}
      >
        {text.codeTitle}
      </Heading>
      <div role="alert" className="sesame-code__error">
        <ErrorSummary title={text.errorSummaryTitle} errors={form.errorSummary} ids={ids} />
      </div>
      <form noValidate className="sesame-code__form" onSubmit={form.handleNext}>
        <p id={introId} className="sesame-code__intro">
          {text.codeIntro(form.codeLength)}
        </p>
        <EmailField
          id={ids.email}
          label={text.email}
          value={form.email}
          onValueChange={form.setEmail}
          error={form.errors.email}
        />
        <TextField
          id={ids.code}
          label={text.code}
          name="code"
          type="text"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9]*"
          maxLength={form.codeLength}
          required
          describedBy={introId}
          value={form.code}
          onValueChange={form.setCode}
          error={form.errors.code}
        />
        <button type="submit" className="sesame-code__submit">
          {text.continue}
        </button>
      </form>
    </div>
  )
}
