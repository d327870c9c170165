import type { Locale } from '@sesame/core'

/**
 * A text that reads differently when a name is known: `named` holds the placeholder
 * (`{product}`, or `{name}` in a greeting), `plain` is the same sentence without it.
 */
export interface NamedText {
  /** With the name, e.g. `'Your invitation to {product}'`. */
  readonly named: string
  /** Without it, e.g. `'Your invitation'`. */
  readonly plain: string
}

/** The texts of the reset email; `{expiry}` is the formatted date the link stops working. */
export interface ResetEmailTexts {
  readonly subject: NamedText
  readonly intro: NamedText
  /** The link's text: says where it leads. */
  readonly action: string
  /** Introduces the one-time code. */
  readonly code: string
  readonly codeHint: string
  /** When the email has a code: the link and the code expire (`{expiry}`). */
  readonly expiry: string
  /** When it has none: the link expires (`{expiry}`). */
  readonly linkExpiry: string
  readonly ignore: string
}

/** The texts of the invitation and activation emails (`{name}` in the greeting). */
export interface WelcomeEmailTexts {
  readonly subject: NamedText
  /** `named` with `{name}`, the recipient's name as plain text. */
  readonly greeting: NamedText
  readonly intro: NamedText
  readonly action: string
  /** `{expiry}`: when the link stops working. */
  readonly expiry: string
  readonly ignore: string
}

/** The texts of the "an account already exists" email. */
export interface AccountExistsEmailTexts {
  readonly subject: NamedText
  readonly intro: NamedText
  readonly reset: string
  readonly action: string
  /** `{expiry}`: when the reset link stops working. */
  readonly expiry: string
  readonly ignore: string
}

/** The texts of the "password changed" email (`{changedAt}` in the intro). */
export interface PasswordChangedEmailTexts {
  readonly subject: NamedText
  /** `{changedAt}`: when the password was changed, formatted. */
  readonly intro: NamedText
  readonly notYou: string
}

/** The texts of the five lifecycle emails, keyed by the email's `kind`. */
export interface EmailTexts {
  readonly reset: ResetEmailTexts
  readonly invite: WelcomeEmailTexts
  readonly activation: WelcomeEmailTexts
  readonly account_exists: AccountExistsEmailTexts
  readonly password_changed: PasswordChangedEmailTexts
}

/**
 * What `renderEmail` reads: a locale's email texts. A `ServerCatalogue` with its `emails`
 * section is one too.
 */
export interface EmailCatalogue {
  /** The BCP 47 tag of the catalogue's language. */
  readonly locale: Locale
  /** The five emails' texts. */
  readonly emails: EmailTexts
}
