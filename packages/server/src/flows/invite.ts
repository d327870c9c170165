import { ConfigError, InputError, type Locale } from '@sesame/core'
import {
  MAX_EMAIL_LENGTH,
  MAX_LOCALE_LENGTH,
  MAX_NAME_LENGTH,
  normalizeEmail,
} from '@sesame/core/wire'
import { plainName } from '../emails/plain-text'
import { emit } from '../lib/emit'
import { sendEmail } from '../lib/send-email'
import { userEmail, userId } from '../lib/user-fields'
import { serverCatalogue } from '../problems'
import type { FlowContext } from './context'

/** What {@link SesameHandler.invite} needs: the invited account's address (the app created it). */
export interface InviteInput {
  /** The address of an account the app's admin code created (found with `users.findByEmail`). */
  readonly email: string
  /** The invitee's name, shown in the email as plain text only. */
  readonly name?: string
  /** The language of the email. Default: the default locale. */
  readonly locale?: string
}

/** An invitation issued by {@link SesameHandler.invite}. */
export interface Invitation {
  /** The invited account's id. */
  readonly userId: string
  /** The invitation token's id (what its single use consumes). */
  readonly tokenId: string
  /** When the link stops working. */
  readonly expiresAt: Date
  /** Whether the email sender accepted the email (a failure also goes to `hooks.failed`). */
  readonly sent: boolean
}

function bounded(value: unknown, max: number, name: string): string {
  if (typeof value !== 'string' || value.trim() === '' || value.length > max) {
    throw new InputError(`invite: ${name} must be a non-empty string of at most ${max} characters`)
  }
  return value
}

/**
 * Issues an invitation link (purpose of `inviteTokens`, bound to the account's state, so it dies
 * once a password is set) for an account the app created, and sends the `invite` email. For the
 * app's admin code, never for a public route: an unknown address throws an `InputError`.
 */
export async function inviteUser<User>(
  context: FlowContext<User>,
  input: InviteInput,
): Promise<Invitation> {
  const tokens = context.options.inviteTokens
  if (!tokens) throw new ConfigError('invitations need the inviteTokens option (purpose "invite")')
  if (typeof input !== 'object' || input === null) throw new InputError('invite needs { email }')
  const email = normalizeEmail(bounded(input.email, MAX_EMAIL_LENGTH, 'email'))
  const name =
    input.name === undefined ? '' : plainName(bounded(input.name, MAX_NAME_LENGTH, 'name'))
  // Negotiated among the handler's catalogues, like a request's locale.
  const locale: Locale = serverCatalogue(
    input.locale === undefined ? undefined : bounded(input.locale, MAX_LOCALE_LENGTH, 'locale'),
    context.locales,
  ).locale
  const { users } = context
  const user = await users.findByEmail(email)
  if (user == null) throw new InputError('invite: no account has this address; create it first')
  const subject = userId(users, user)
  const state = await users.credentialState(user)
  const issued = await tokens.issue({ subject, state, locale })
  const sent = await sendEmail(
    context,
    {
      kind: 'invite',
      to: userEmail(users, user),
      url: context.buildInviteUrl({ token: issued.token, locale }),
      locale,
      user,
      expiresAt: issued.expiresAt,
      ...(name === '' ? {} : { name }),
    },
    'invite',
    subject,
  )
  const invitation: Invitation = {
    userId: subject,
    tokenId: issued.jti,
    expiresAt: issued.expiresAt,
    sent,
  }
  emit(context.hooks, 'invited', invitation)
  return invitation
}
