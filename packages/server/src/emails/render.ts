import { type EmailBlock, htmlPart, textPart } from './lib/html'
import { plainName } from './plain-text'
import {
  ACCOUNT_EXISTS_TEXTS,
  ACTIVATION_TEXTS,
  type EmailLanguage,
  INVITE_TEXTS,
  PASSWORD_CHANGED_TEXTS,
  RESET_TEXTS,
  type TemplateValues,
} from './templates/texts'
import type { SesameEmail } from './types'

/** Options of {@link renderEmail}. */
export interface RenderEmailOptions {
  /** Your product's name, as the emails call it (e.g. `'Portail RH'`); the texts read well without. */
  readonly productName?: string
  /** The time zone dates are written in (IANA name). Default `'UTC'`. */
  readonly timeZone?: string
}

/** An email ready to hand to a mailer: its subject, its plain-text part and its HTML part. */
export interface RenderedEmail {
  /** The subject line. */
  readonly subject: string
  /** The plain-text part, equivalent to the HTML one (every link written out). */
  readonly text: string
  /** The HTML part: a whole document with its `lang`, no layout table, no image. */
  readonly html: string
}

function language(locale: string): EmailLanguage {
  return locale.toLowerCase().startsWith('fr') ? 'fr' : 'en'
}

function formatDate(date: Date, lang: EmailLanguage, timeZone: string): string {
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(date)
}

function paragraph(text: string): EmailBlock {
  return { kind: 'paragraph', text }
}

function cleaned(name: string | undefined): string | undefined {
  if (name === undefined) return undefined
  const plain = plainName(name)
  return plain === '' ? undefined : plain
}

function blocksOf<User>(
  email: SesameEmail<User>,
  lang: EmailLanguage,
  base: Omit<TemplateValues, 'expiry'>,
  date: (value: Date) => string,
): { readonly subject: string; readonly blocks: EmailBlock[] } {
  switch (email.kind) {
    case 'reset': {
      const texts = RESET_TEXTS[lang]
      const values = { ...base, expiry: date(email.expiresAt) }
      const code: EmailBlock[] =
        email.code === undefined
          ? []
          : [{ kind: 'code', label: texts.code, code: email.code }, paragraph(texts.codeHint)]
      return {
        subject: texts.subject(values),
        blocks: [
          paragraph(texts.intro(values)),
          { kind: 'action', label: texts.action, url: email.url },
          ...code,
          paragraph(email.code === undefined ? texts.linkExpiry(values) : texts.expiry(values)),
          paragraph(texts.ignore),
        ],
      }
    }
    case 'invite':
    case 'activation': {
      const texts = (email.kind === 'invite' ? INVITE_TEXTS : ACTIVATION_TEXTS)[lang]
      const values = { ...base, name: cleaned(email.name), expiry: date(email.expiresAt) }
      return {
        subject: texts.subject(values),
        blocks: [
          paragraph(texts.greeting(values)),
          paragraph(texts.intro(values)),
          { kind: 'action', label: texts.action, url: email.url },
          paragraph(texts.expiry(values)),
          paragraph(texts.ignore),
        ],
      }
    }
    case 'account_exists': {
      const texts = ACCOUNT_EXISTS_TEXTS[lang]
      const values = { ...base, expiry: date(email.expiresAt) }
      return {
        subject: texts.subject(values),
        blocks: [
          paragraph(texts.intro(values)),
          paragraph(texts.reset),
          { kind: 'action', label: texts.action, url: email.url },
          paragraph(texts.expiry(values)),
          paragraph(texts.ignore),
        ],
      }
    }
    case 'password_changed': {
      const texts = PASSWORD_CHANGED_TEXTS[lang]
      const values = { ...base, expiry: '', changedAt: date(email.changedAt) }
      return {
        subject: texts.subject(values),
        blocks: [paragraph(texts.intro(values)), paragraph(texts.notYou)],
      }
    }
  }
}

/**
 * Writes one email of the lifecycle (reset with its code, invitation, activation, "an account
 * already exists", "password changed") in French or English (other locales: English): subject,
 * plain text and accessible HTML. Names are plain text only (links and markup stripped, then
 * escaped); nothing personal is written beyond what the message needs (no address, no account id).
 * Call it from your `sendEmail`, or write your own.
 *
 * @example
 * ```ts
 * sendEmail: async (email) => {
 *   const { subject, text, html } = renderEmail(email, { productName: 'Portail RH' })
 *   await mailer.send({ to: email.to, subject, text, html })
 * }
 * ```
 */
export function renderEmail<User>(
  email: SesameEmail<User>,
  options: RenderEmailOptions = {},
): RenderedEmail {
  const lang = language(email.locale)
  const timeZone = options.timeZone ?? 'UTC'
  const product = cleaned(options.productName)
  const { subject, blocks } = blocksOf(email, lang, { product, name: undefined }, (value) =>
    formatDate(value, lang, timeZone),
  )
  return { subject, text: textPart(blocks), html: htmlPart(lang, subject, blocks) }
}
