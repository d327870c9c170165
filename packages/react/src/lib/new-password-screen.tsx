import { useSesameLocale } from '../locale-context'
import { getMessages } from '../messages'
import { ErrorSummary } from './error-summary-view'
import { Heading, type HeadingLevel } from './heading'
import type { NewPasswordFormState } from './new-password-actions'
import { NewPasswordPair, type PairChecklistProps } from './new-password-pair'
import { useScreen } from './use-screen'
import { UsernameHint } from './username-hint'

/** What {@link NewPasswordScreen} renders. */
type NewPasswordScreenProps = PairChecklistProps & {
  form: NewPasswordFormState & { readonly retry?: () => void }
  /** Default: the reset screen's title. */
  title?: string | undefined
  intro?: string | undefined
  headingLevel: HeadingLevel
  username?: string | undefined
  forgotPasswordHref?: string | undefined
  root: string
  className?: string | undefined
  onBack?: (() => void) | undefined
  backLabel?: string | undefined
  /** The screen replaces another one (sign-in, the code): its title takes focus. */
  focusOnMount?: boolean | undefined
}

// Everything a new-password screen renders: reset links, the update branch, the code's second step,
// invitations. The locale and catalogues default to the provider's, else English and French.
export function NewPasswordScreen(props: NewPasswordScreenProps) {
  const { form, root, username, forgotPasswordHref } = props
  const shared = useSesameLocale()
  const locale = props.locale ?? shared.locale
  const catalogues = props.catalogues ?? shared.catalogues
  const text = getMessages(locale, props.messages, catalogues)
  const screen = useScreen(root, props.className, form.focus, ['password', 'confirmation'])
  const { ids } = screen

  const step = form.flow.step
  const linkMessage = form.errors.link
  const showForm = step !== 'linkInvalid' && step !== 'done'
  // Focus follows the content only when the form gives way to a message.
  const focusKey = showForm ? 'form' : step

  return (
    <div className={screen.root} data-step={step}>
      <Heading
        level={props.headingLevel}
        className={`${root}__title`}
        focusKey={focusKey}
        focusOnMount={props.focusOnMount}
      >
        {props.title ?? text.resetTitle}
      </Heading>
      {/* Both live regions exist from the first render, so what appears in them is announced. */}
      <div role="status" className={`${root}__status`}>
        {form.statusMessage}
      </div>
      <div role="alert" className={`${root}__error`}>
        {linkMessage ?? form.errors.form}
        {showForm ? (
          <ErrorSummary title={text.errorSummaryTitle} errors={form.errorSummary} ids={ids} />
        ) : null}
      </div>
      {form.canRetry && form.retry ? (
        <button type="button" className={`${root}__retry`} onClick={form.retry}>
          {text.retry}
        </button>
      ) : null}
      {linkMessage && forgotPasswordHref ? (
        <a href={forgotPasswordHref} className={`${root}__link`}>
          {text.requestNewLink}
        </a>
      ) : null}
      {showForm ? (
        <form
          noValidate
          className={`${root}__form`}
          onSubmit={(event) => void form.handleSubmit(event)}
        >
          {props.intro ? <p className={`${root}__intro`}>{props.intro}</p> : null}
          <UsernameHint username={username} />
          <NewPasswordPair
            {...props}
            form={form}
            ids={ids}
            label={text.newPassword}
            text={text}
            locale={locale}
            catalogues={catalogues}
          />
          <button
            type="submit"
            className={`${root}__submit`}
            // aria-disabled rather than disabled: the button stays focusable and a press explains what is missing.
            aria-disabled={!form.canSubmit}
          >
            {text.submit}
          </button>
          {props.onBack ? (
            <button type="button" className={`${root}__back`} onClick={props.onBack}>
              {props.backLabel}
            </button>
          ) : null}
        </form>
      ) : null}
    </div>
  )
}

// The new-password step of another screen (sign-in's update, the code's second step): the reset
// screen, whose title replaces the first step's, with the email for the password manager and the
// checklist's context.
export function PasswordStepScreen(
  props: Omit<NewPasswordScreenProps, 'root' | 'username' | 'context' | 'focusOnMount'> & {
    email: string
  },
) {
  const email = props.email.trim()
  return (
    <NewPasswordScreen
      {...props}
      root="sesame-reset"
      username={email}
      context={{ email }}
      focusOnMount
    />
  )
}
