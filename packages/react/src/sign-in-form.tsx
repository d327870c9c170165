import type { ChallengeDescriptor } from '@sesame/core/wire'
import type { ReactNode } from 'react'
import { ForgotPasswordForm } from './forgot-password-form'
import { ErrorSummary } from './lib/error-summary-view'
import { Heading, type HeadingLevel } from './lib/heading'
import { PasswordStepScreen } from './lib/new-password-screen'
import { EmailField } from './lib/text-field'
import { useScreen } from './lib/use-screen'
import { useScreenMessages } from './locale-context'
import { PasswordField } from './password-field'
import { type SignInFormOptions, useSignInForm } from './use-sign-in-form'

/** Props of {@link SignInForm}. */
export interface SignInFormProps extends SignInFormOptions {
  /** Level of the title "Me connecter" (default 1). */
  headingLevel?: HeadingLevel
  /** Where the "Mot de passe oublié ?" link goes; without it, no link. */
  forgotPasswordHref?: string
  /** Shows the "Rester connecté" checkbox (sent as `remember`). */
  showRemember?: boolean
  /** The submit button's text (default: the title, "Me connecter"). */
  submitLabel?: string
  /** Where the forgot-password link sits: after the submit button (default) or just before it. */
  forgotPasswordPlacement?: 'afterSubmit' | 'beforeSubmit'
  /** Placeholders of the email and password inputs (none by default: the labels say it all). */
  placeholders?: { readonly email?: string; readonly password?: string }
  /** The app's challenge widget (a CAPTCHA...), shown once the server asks for one; call `answer` with its result. */
  renderChallenge?: (challenge: ChallengeDescriptor, answer: (value: string) => void) => ReactNode
  /** The app's second step (a TOTP form...), shown when the account has a second factor. */
  renderSecondFactor?: (secondFactor: ChallengeDescriptor) => ReactNode
  /**
   * What follows the sign-in form on its own step only (e.g. "No account yet? Sign up"): hidden
   * once the account must update its password, reset it or pass a second factor.
   */
  footer?: ReactNode
  /** Extra class on the root element (which always has `sesame-sign-in`). */
  className?: string
}

/**
 * The sign-in screen: email, password (show/hide), "Me connecter" and the forgot-password link —
 * then, for a migrated account, "Mettre à jour mon mot de passe" with the live checklist; for an
 * account with no usable password, the forgot-password form; the app's challenge and second step
 * where the server asks for them. Built from {@link useSignInForm}.
 */
export function SignInForm(props: SignInFormProps) {
  const { headingLevel = 1, locale, className, forgotPasswordHref, placeholders } = props
  const form = useSignInForm(props)
  const text = useScreenMessages(props)
  const { id, ids, root } = useScreen('sesame-sign-in', className, form.focus, [
    'email',
    'password',
  ])
  const forgotLink = forgotPasswordHref ? (
    <a href={forgotPasswordHref} className="sesame-sign-in__forgot">
      {text.forgotTitle}
    </a>
  ) : null
  const forgotBefore = props.forgotPasswordPlacement === 'beforeSubmit'

  if (form.step === 'update' && form.update) {
    return (
      // The screen's own props say the policy, the texts, the blocklist and the forgot link.
      <PasswordStepScreen
        {...props}
        form={form.update}
        email={form.email}
        intro={text.updateRequired}
        headingLevel={headingLevel}
      />
    )
  }

  const showForm = form.step === 'signIn'
  return (
    <div className={root} data-step={form.step}>
      <Heading
        level={headingLevel}
        className="sesame-sign-in__title"
        focusKey={form.step}
        focusOnMount={form.step !== 'signIn'}
      >
        {text.signInTitle}
      </Heading>
      {/* Both live regions exist from the first render, so what appears in them is announced. */}
      <div role="status" className="sesame-sign-in__status">
        {form.statusMessage}
      </div>
      <div role="alert" className="sesame-sign-in__error">
        {form.errors.form}
        {showForm ? (
          <ErrorSummary title={text.errorSummaryTitle} errors={form.errorSummary} ids={ids} />
        ) : null}
      </div>
      {form.step === 'secondFactor' && form.secondFactor && props.renderSecondFactor
        ? props.renderSecondFactor(form.secondFactor)
        : null}
      {form.step === 'resetRequired' ? (
        <ForgotPasswordForm
          client={props.client}
          locale={locale}
          catalogues={props.catalogues}
          messages={props.messages}
          headingLevel={Math.min(headingLevel + 1, 6) as HeadingLevel}
        />
      ) : null}
      {showForm ? (
        <form
          noValidate
          className="sesame-sign-in__form"
          onSubmit={(event) => void form.handleSubmit(event)}
        >
          <EmailField
            id={ids.email}
            label={text.email}
            value={form.email}
            onValueChange={form.setEmail}
            error={form.errors.email}
            placeholder={placeholders?.email}
          />
          <PasswordField
            id={ids.password}
            label={text.password}
            name="password"
            autoComplete="current-password"
            locale={locale}
            catalogues={props.catalogues}
            messages={props.messages}
            value={form.password}
            onValueChange={form.setPassword}
            visible={form.passwordVisible}
            onVisibleChange={form.setPasswordVisible}
            error={form.errors.password}
            placeholder={placeholders?.password}
            required
          />
          {props.showRemember ? (
            <div className="sesame-field sesame-field--checkbox">
              <input
                id={`${id}remember`}
                type="checkbox"
                name="remember"
                checked={form.remember}
                onChange={(event) => form.setRemember(event.target.checked)}
              />
              <label htmlFor={`${id}remember`} className="sesame-field__label">
                {text.remember}
              </label>
            </div>
          ) : null}
          {form.challenge && props.renderChallenge
            ? props.renderChallenge(form.challenge, (value) => void form.answerChallenge(value))
            : null}
          {forgotBefore ? forgotLink : null}
          <button type="submit" className="sesame-sign-in__submit" aria-disabled={form.submitting}>
            {props.submitLabel ?? text.signInTitle}
          </button>
          {forgotBefore ? null : forgotLink}
        </form>
      ) : null}
      {showForm ? props.footer : null}
    </div>
  )
}
