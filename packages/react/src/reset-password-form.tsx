import type { HeadingLevel } from './lib/heading'
import { NewPasswordScreen } from './lib/new-password-screen'
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
  const form = useResetPasswordForm(props)
  // The screen takes the props' policy, texts, context, username and links as they are, and
  // falls back on the provider's locale and catalogues itself.
  return (
    <NewPasswordScreen
      {...props}
      form={form}
      headingLevel={props.headingLevel ?? 1}
      root="sesame-reset"
    />
  )
}
