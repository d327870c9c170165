/**
 * `@sesame/server/emails`: the built-in templates of the lifecycle's emails (reset with its code,
 * invitation, activation, "an account already exists", "password changed") in French and English,
 * as plain functions an app calls from its `sendEmail` or replaces.
 *
 * @packageDocumentation
 */
export { plainName } from './plain-text'
export { type RenderEmailOptions, type RenderedEmail, renderEmail } from './render'
export type { EmailLanguage } from './templates/texts'
export type {
  AccountExistsEmailMessage,
  ActivationEmailMessage,
  InviteEmailMessage,
  PasswordChangedEmailMessage,
  ResetEmailMessage,
  SendEmail,
  SesameEmail,
  SesameEmailKind,
} from './types'
