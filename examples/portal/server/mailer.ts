import nodemailer from 'nodemailer'
import type { Db } from './db'

/** A rendered email (`renderEmail` of @sesame/server/emails): what the dev mailbox and SMTP send. */
export interface Email {
  to: string
  subject: string
  text: string
  html: string
  locale: 'fr' | 'en'
}

/** Where the portal's email goes: the dev mailbox (SQLite) or a real SMTP server. */
export interface Mailer {
  readonly kind: 'mailbox' | 'smtp' | 'none'
  send(email: Email): Promise<void>
  close(): void
}

/** One message of the dev mailbox. */
export interface StoredEmail {
  id: number
  to: string
  subject: string
  text: string
  html: string
  locale: string
  createdAt: number
}

/** Keeps sent email in SQLite so that /mailbox can show it: no mail server needed to try the portal. */
export function mailboxMailer(db: Db): Mailer {
  const insert = db.prepare(
    'INSERT INTO mailbox (to_address, subject, text_body, html_body, locale, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  )
  return {
    kind: 'mailbox',
    async send(email) {
      insert.run(email.to, email.subject, email.text, email.html, email.locale, Date.now())
    },
    close() {},
  }
}

/** No transport configured: email is dropped (`main.ts` says so at start); nothing is logged. */
export function noMailer(): Mailer {
  return { kind: 'none', async send() {}, close() {} }
}

/** Sends through SMTP (`SMTP_URL`, e.g. smtp://user:pass@smtp.example:587). */
export function smtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(url)
  return {
    kind: 'smtp',
    async send(email) {
      await transport.sendMail({
        from,
        to: email.to,
        subject: email.subject,
        text: email.text,
        html: email.html,
      })
    },
    close() {
      transport.close()
    },
  }
}

/** Messages of the dev mailbox, newest first. */
export function listMailbox(db: Db): StoredEmail[] {
  const rows = db.prepare('SELECT * FROM mailbox ORDER BY id DESC LIMIT 200').all() as Record<
    string,
    string | number
  >[]
  return rows.map((row) => ({
    id: Number(row.id),
    to: String(row.to_address),
    subject: String(row.subject),
    text: String(row.text_body),
    html: String(row.html_body),
    locale: String(row.locale),
    createdAt: Number(row.created_at),
  }))
}
