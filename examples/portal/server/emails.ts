/** A rendered email: what both the dev mailbox and SMTP send. */
export interface Email {
  to: string
  subject: string
  text: string
  html: string
  locale: 'fr' | 'en'
}

function escapeHtml(value: string): string {
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
    greeting: (name: string) => `Bonjour ${name},`,
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
    greeting: (name: string) => `Hello ${name},`,
    intro:
      'You asked to update the password of your Mes services en ligne account. Follow the link below to choose your new password.',
    button: 'Reset my password',
    validity: (minutes: number) => `This link is valid for ${minutes} minutes and works only once.`,
    ignore: 'If you did not ask for this, ignore this message: your password stays unchanged.',
    signature: 'The Mes services en ligne team',
  },
} as const

/** The "Réinitialiser mon mot de passe" email, in the account's language. */
export function resetPasswordEmail(input: {
  to: string
  name: string
  url: string
  locale: 'fr' | 'en'
  validMinutes: number
}): Email {
  const t = copy[input.locale]
  const text = [
    t.greeting(input.name),
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
  const html = `<p>${escapeHtml(t.greeting(input.name))}</p>
<p>${escapeHtml(t.intro)}</p>
<p><a class="mail-button" href="${escapeHtml(input.url)}">${escapeHtml(t.button)}</a></p>
<p>${escapeHtml(t.validity(input.validMinutes))}</p>
<p>${escapeHtml(t.ignore)}</p>
<p>${escapeHtml(t.signature)}</p>`
  return { to: input.to, subject: t.subject, text, html, locale: input.locale }
}

export { escapeHtml }
