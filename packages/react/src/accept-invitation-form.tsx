import type { HeadingLevel } from './lib/heading'
import { NewPasswordScreen } from './lib/new-password-screen'
import { useSesameLocale } from './locale-context'
import { getMessages } from './messages'
import {
  type AcceptInvitationFormOptions,
  useAcceptInvitationForm,
} from './use-accept-invitation-form'

/** Props of {@link AcceptInvitationForm}. */
export type AcceptInvitationFormProps = AcceptInvitationFormOptions & {
  /** Level of the title "Choisir mon mot de passe" (default 1). */
  headingLevel?: HeadingLevel
  /** The invited account's identifier, given to password managers through a hidden `username` field. */
  username?: string
  /** Extra class on the root element (which always has `sesame-invitation`). */
  className?: string
}

/**
 * The accept-invitation screen: "Choisir mon mot de passe", the first password with its live
 * checklist and its confirmation, sent with the invitation link's token — or the dead-link and
 * done states in the invitation's words. Built from {@link useAcceptInvitationForm}.
 */
export function AcceptInvitationForm(props: AcceptInvitationFormProps) {
  const form = useAcceptInvitationForm(props)
  const shared = useSesameLocale()
  const { invitationTitle } = getMessages(
    props.locale ?? shared.locale,
    props.messages,
    props.catalogues ?? shared.catalogues,
  )
  // The screen takes the props as they are, and falls back on the provider's locale and
  // catalogues itself, as the title does.
  return (
    <NewPasswordScreen
      {...props}
      form={form}
      title={invitationTitle}
      headingLevel={props.headingLevel ?? 1}
      root="sesame-invitation"
    />
  )
}
