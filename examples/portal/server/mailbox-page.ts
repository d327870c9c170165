import type { Request, Response } from 'express'
import type { Db } from './db'
import { listMailbox } from './mailer'

/** Escapes text for the dev mailbox's pages. */
function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/** What the email's HTML document shows (its body, landmarks aside), to sit inside the mailbox's page. */
function bodyOf(html: string): string {
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html
  return body.replace(/<\/?main\b[^>]*>/gi, '')
}

/** The dev mailbox's stylesheet, served as a file (GET /mailbox.css): the CSP allows no inline style. */
export const mailboxStyle = `
body{font-family:system-ui,sans-serif;margin:0;background:#f3f5f9;color:#1d2433}
header{background:#0b3d74;color:#fff;padding:1rem 2rem}
header p{margin:.25rem 0 0}
main{max-width:60rem;margin:1.5rem auto;padding:0 1rem}
table{width:100%;border-collapse:collapse;background:#fff}
th,td{text-align:left;padding:.6rem .8rem;border-bottom:1px solid #d5dae3}
article{background:#fff;padding:1.5rem;border-radius:6px}
a{color:#0b57b0}
.mail-button{display:inline-block;background:#0b57b0;color:#fff;padding:.6rem 1.2rem;border-radius:4px;text-decoration:none;font-weight:600}
`

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)} – Boîte de réception de développement</title><link rel="stylesheet" href="/mailbox.css"></head>
<body><header><strong>Boîte de réception de développement</strong>
<p>Les messages envoyés par le portail (aucun serveur SMTP configuré).</p></header>
<main>${body}</main></body></html>`
}

function when(ms: number): string {
  return new Date(ms).toLocaleString('fr-FR', { timeZone: 'Europe/Paris' })
}

/** GET /mailbox: the messages the portal sent, newest first. */
export function mailboxList(db: Db) {
  return (_req: Request, res: Response) => {
    const messages = listMailbox(db)
    const rows = messages
      .map(
        (m) =>
          `<tr><td>${escapeHtml(m.to)}</td><td><a href="/mailbox/${m.id}">${escapeHtml(m.subject)}</a></td><td>${escapeHtml(when(m.createdAt))}</td></tr>`,
      )
      .join('')
    const body = messages.length
      ? `<h1>Messages (${messages.length})</h1><table><thead><tr><th scope="col">Destinataire</th><th scope="col">Objet</th><th scope="col">Reçu le</th></tr></thead><tbody>${rows}</tbody></table>`
      : '<h1>Messages</h1><p>Aucun message pour le moment.</p>'
    res.set('Cache-Control', 'no-store').type('html').send(page('Messages', body))
  }
}

/** GET /mailbox/:id: one message, with its "Réinitialiser mon mot de passe" link. */
export function mailboxMessage(db: Db) {
  return (req: Request, res: Response) => {
    const id = Number(req.params.id)
    const message = listMailbox(db).find((m) => m.id === id)
    if (!message) {
      res.status(404).type('html').send(page('Introuvable', '<h1>Message introuvable</h1>'))
      return
    }
    // The HTML was rendered by the library's templates from escaped values (renderEmail).
    const body = `<p><a href="/mailbox">← Tous les messages</a></p>
<article lang="${message.locale === 'en' ? 'en' : 'fr'}" aria-labelledby="subject">
<h1 id="subject">${escapeHtml(message.subject)}</h1>
<p>À : ${escapeHtml(message.to)} · ${escapeHtml(when(message.createdAt))}</p>
${bodyOf(message.html)}
</article>`
    res.set('Cache-Control', 'no-store').type('html').send(page(message.subject, body))
  }
}
