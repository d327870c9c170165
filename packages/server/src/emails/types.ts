import type { Locale } from '@sesame/core'

/** Fields every email of the lifecycle has. */
interface EmailBase<User> {
  /** The recipient's address. */
  readonly to: string
  /** The language to write the email in. */
  readonly locale: Locale
  /** The account, as the users adapter returned it. */
  readonly user: User
}

/** The reset email: a link and, beside it, a one-time code for another device. */
export interface ResetEmailMessage<User> extends EmailBase<User> {
  readonly kind: 'reset'
  /** The reset link (token in the fragment by default). */
  readonly url: string
  /** The one-time code bound to this request (digits), when codes are on. */
  readonly code?: string
  /** When the link (and the code) stop working. */
  readonly expiresAt: Date
}

/** The invitation of an account an admin created: a link to set the first password. */
export interface InviteEmailMessage<User> extends EmailBase<User> {
  readonly kind: 'invite'
  /** The invitation link. */
  readonly url: string
  /** When the link stops working. */
  readonly expiresAt: Date
  /** The invitee's name as the app stored it: plain text only. */
  readonly name?: string
}

/** The activation email of a new account: a link that verifies the address. */
export interface ActivationEmailMessage<User> extends EmailBase<User> {
  readonly kind: 'activation'
  /** The activation link. */
  readonly url: string
  /** When the link stops working. */
  readonly expiresAt: Date
  /** The name given at sign-up: plain text only. */
  readonly name?: string
}

/** Sent instead of an error when someone signs up with an address that already has an account. */
export interface AccountExistsEmailMessage<User> extends EmailBase<User> {
  readonly kind: 'account_exists'
  /** A reset link for the existing account. */
  readonly url: string
  /** When that link stops working. */
  readonly expiresAt: Date
}

/** The notice sent after a password change. */
export interface PasswordChangedEmailMessage<User> extends EmailBase<User> {
  readonly kind: 'password_changed'
  /** When the password was changed. */
  readonly changedAt: Date
}

/** Every email the flows send, told apart by `kind`. */
export type SesameEmail<User> =
  | ResetEmailMessage<User>
  | InviteEmailMessage<User>
  | ActivationEmailMessage<User>
  | AccountExistsEmailMessage<User>
  | PasswordChangedEmailMessage<User>

/** The kind of an email of the lifecycle. */
export type SesameEmailKind = SesameEmail<unknown>['kind']

/** Sends one email of the lifecycle (render it with the templates, or with the app's own). */
export type SendEmail<User> = (email: SesameEmail<User>) => void | Promise<void>
