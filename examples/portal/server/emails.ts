import { normaliseName } from './names'

/** A rendered email: what both the dev mailbox and SMTP send. */
export interface Email {
  to: string
  subject: string
  text: string
  html: string
  locale: 'fr' | 'en'
}

/** Escapes text for HTML (the dev mailbox's pages use it too). */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

const copy = {
  fr: {
    subject: 'Réinitialisation de votre mot de passe – Mes services en ligne',
    greeting: (name: string | null) => (name ? `Bonjour ${name},` : 'Bonjour,'),
    intro:
      'Vous avez demandé la mise à jour du mot de passe de votre compte Mes services en ligne. Cliquez sur le lien ci-dessous pour choisir votre nouveau mot de passe.',
    button: 'Réinitialiser mon mot de passe',
    validity: (minutes: number) =>
      `Ce lien est valable ${minutes} minutes et ne peut servir qu'une seule fois.`,
    ignore:
      "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.",
    signature: "L'équipe Mes services en ligne",
  },
  en: {
    subject: 'Reset your password – Mes services en ligne',
    greeting: (name: string | null) => (name ? `Hello ${name},` : 'Hello,'),
    intro:
      'You asked to update the password of your Mes services en ligne account. Follow the link below to choose your new password.',
    button: 'Reset my password',
    validity: (minutes: number) => `This link is valid for ${minutes} minutes and works only once.`,
    ignore: 'If you did not ask for this, ignore this message: your password stays unchanged.',
    signature: 'The Mes services en ligne team',
  },
} as const

/**
 * The "Réinitialiser mon mot de passe" email, in the account's language. The name is text only:
 * one that is not a plain name (a link, a colon, markup: a migrated record may hold anything) is
 * left out of the greeting, and the only link is `url`, built from the configured origin.
 */
export function resetPasswordEmail(input: {
  to: string
  firstName: string
  lastName: string
  url: string
  locale: 'fr' | 'en'
  validMinutes: number
}): Email {
  const t = copy[input.locale]
  const first = normaliseName(input.firstName)
  const last = normaliseName(input.lastName)
  const name = first && last ? `${first} ${last}` : null
  const text = [
    t.greeting(name),
    '',
    t.intro,
    '',
    `${t.button}${input.locale === 'fr' ? ' :' : ':'} ${input.url}`,
    '',
    t.validity(input.validMinutes),
    t.ignore,
    '',
    t.signature,
  ].join('\n')
  const html = `<p>${escapeHtml(t.greeting(name))}</p>
<p>${escapeHtml(t.intro)}</p>
<p><a class="mail-button" href="${escapeHtml(input.url)}">${escapeHtml(t.button)}</a></p>
<p>${escapeHtml(t.validity(input.validMinutes))}</p>
<p>${escapeHtml(t.ignore)}</p>
<p>${escapeHtml(t.signature)}</p>`
  return { to: input.to, subject: t.subject, text, html, locale: input.locale }
}
