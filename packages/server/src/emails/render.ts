import { formatText, type Locale, resolveLocale } from '@sesame/core'
import { type EmailBlock, htmlPart, textPart } from './lib/html'
import { emailCatalogues } from './locales/index'
import { plainName } from './plain-text'
import type { EmailCatalogue, EmailTexts, NamedText, ResetEmailTexts } from './texts'
import type { SesameEmail } from './types'

/** Options of {@link renderEmail}. */
export interface RenderEmailOptions {
  /** Your product's name, as the emails call it (e.g. `'Portail RH'`); the texts read well without. */
  readonly productName?: string
  /** The time zone dates are written in (IANA name). Default `'UTC'`. */
  readonly timeZone?: string
  /**
   * The catalogues the email's locale is negotiated among (default: the seven shipped,
   * `emailCatalogues`). Pass the handler's own list when its catalogues carry `emails`.
   */
  readonly catalogues?: readonly EmailCatalogue[]
  /** The locale when nothing matches (default `'en'` when offered, else the first catalogue's). */
  readonly fallbackLocale?: Locale
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

/** The catalogue `locale` is written in, negotiated among the offered ones. */
function emailCatalogue(locale: Locale, options: RenderEmailOptions): EmailCatalogue {
  const catalogues = options.catalogues ?? emailCatalogues
  const tags = catalogues.map((catalogue) => catalogue.locale)
  const fallback = options.fallbackLocale
  const tag = resolveLocale(locale, tags, fallback === undefined ? {} : { fallback })
  return (
    catalogues.find((catalogue) => catalogue.locale === tag) ?? catalogues[0] ?? emailCatalogues[0]
  )
}

// English dates read day first ("2 December 2026"), as in most of the English-speaking world.
function formatDate(date: Date, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, {
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

/** Formats the texts of one catalogue: placeholders, and the named or plain form of a text. */
interface Writer {
  /** A text with its placeholders (`{expiry}`, `{changedAt}`...) replaced. */
  readonly text: (template: string, values?: Readonly<Record<string, string>>) => string
  /** The `named` form with `{product}` when the product has a name, else the `plain` one. */
  readonly product: (text: NamedText, values?: Readonly<Record<string, string>>) => string
  /** The greeting: `named` with `{name}` when the recipient's name is known. */
  readonly greeting: (text: NamedText, name: string | undefined) => string
}

function writer(locale: Locale, product: string | undefined): Writer {
  const text: Writer['text'] = (template, values = {}) => formatText(locale, template, values)
  return {
    text,
    product: (named, values = {}) =>
      product === undefined ? text(named.plain, values) : text(named.named, { ...values, product }),
    greeting: (named, name) => (name === undefined ? named.plain : text(named.named, { name })),
  }
}

// The three texts every email with a link has (the reset, welcome and account-exists ones).
type LinkTexts = Pick<ResetEmailTexts, 'subject' | 'action' | 'ignore'>

interface EmailBody {
  readonly subject: string
  readonly blocks: EmailBlock[]
}

function blocksOf<User>(
  email: SesameEmail<User>,
  texts: EmailTexts,
  write: Writer,
  date: (value: Date) => string,
): EmailBody {
  // An email with a link: what leads to it, the link, what follows it, when it expires, "ignore".
  const withLink = (
    link: { readonly url: string; readonly expiresAt: Date },
    own: LinkTexts,
    lead: EmailBlock[],
    expiry: string,
    after: EmailBlock[] = [],
  ): EmailBody => ({
    subject: write.product(own.subject),
    blocks: [
      ...lead,
      { kind: 'action', label: own.action, url: link.url },
      ...after,
      paragraph(write.text(expiry, { expiry: date(link.expiresAt) })),
      paragraph(own.ignore),
    ],
  })
  switch (email.kind) {
    case 'reset': {
      const reset = texts.reset
      const code: EmailBlock[] =
        email.code === undefined
          ? []
          : [{ kind: 'code', label: reset.code, code: email.code }, paragraph(reset.codeHint)]
      const expiry = email.code === undefined ? reset.linkExpiry : reset.expiry
      return withLink(email, reset, [paragraph(write.product(reset.intro))], expiry, code)
    }
    case 'invite':
    case 'activation': {
      const welcome = texts[email.kind]
      const greeting = write.greeting(welcome.greeting, cleaned(email.name))
      const lead = [paragraph(greeting), paragraph(write.product(welcome.intro))]
      return withLink(email, welcome, lead, welcome.expiry)
    }
    case 'account_exists': {
      const exists = texts.account_exists
      const lead = [paragraph(write.product(exists.intro)), paragraph(exists.reset)]
      return withLink(email, exists, lead, exists.expiry)
    }
    case 'password_changed': {
      const changed = texts.password_changed
      return {
        subject: write.product(changed.subject),
        blocks: [
          paragraph(write.product(changed.intro, { changedAt: date(email.changedAt) })),
          paragraph(changed.notYou),
        ],
      }
    }
  }
}

/**
 * Writes one email of the lifecycle (reset with its code, invitation, activation, "an account
 * already exists", "password changed") in the email's locale, negotiated among `catalogues` (the
 * seven shipped by default: `de-AT` is written in German, an unknown tag in English): subject,
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
  const catalogue = emailCatalogue(email.locale, options)
  const timeZone = options.timeZone ?? 'UTC'
  const write = writer(catalogue.locale, cleaned(options.productName))
  const { subject, blocks } = blocksOf(email, catalogue.emails, write, (value) =>
    formatDate(value, catalogue.locale, timeZone),
  )
  return { subject, text: textPart(blocks), html: htmlPart(catalogue.locale, subject, blocks) }
}
