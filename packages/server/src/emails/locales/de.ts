import type { EmailCatalogue } from '../texts'

/** German texts of the lifecycle emails (`renderEmail`), formal register (Sie). */
export const de = {
  locale: 'de',
  emails: {
    reset: {
      subject: { named: 'Passwort für {product} zurücksetzen', plain: 'Passwort zurücksetzen' },
      intro: {
        named:
          'Sie haben angefordert, Ihr Passwort für {product} zurückzusetzen. Öffnen Sie den folgenden Link, um ein neues zu wählen.',
        plain:
          'Sie haben angefordert, Ihr Passwort zurückzusetzen. Öffnen Sie den folgenden Link, um ein neues zu wählen.',
      },
      action: 'Mein Passwort zurücksetzen',
      code: 'Oder geben Sie diesen Code auf der Seite zum Zurücksetzen ein',
      codeHint: 'Dieser Code gilt nur einmal; niemand aus unserem Team wird Sie je danach fragen.',
      expiry: 'Der Link und der Code laufen am {expiry} ab.',
      linkExpiry: 'Dieser Link läuft am {expiry} ab.',
      ignore:
        'Falls Sie dies nicht angefordert haben, ignorieren Sie diese Nachricht: Es ändert sich nichts.',
    },
    invite: {
      subject: { named: 'Ihre Einladung zu {product}', plain: 'Ihre Einladung' },
      greeting: { named: 'Guten Tag {name},', plain: 'Guten Tag,' },
      intro: {
        named:
          'Für Sie wurde ein Konto bei {product} angelegt. Öffnen Sie den folgenden Link, um Ihr Passwort zu wählen.',
        plain:
          'Für Sie wurde ein Konto angelegt. Öffnen Sie den folgenden Link, um Ihr Passwort zu wählen.',
      },
      action: 'Mein Passwort wählen',
      expiry: 'Dieser Link läuft am {expiry} ab.',
      ignore: 'Falls Sie diese Einladung nicht erwartet haben, ignorieren Sie diese Nachricht.',
    },
    activation: {
      subject: {
        named: 'Aktivieren Sie Ihr Konto bei {product}',
        plain: 'Aktivieren Sie Ihr Konto',
      },
      greeting: { named: 'Guten Tag {name},', plain: 'Guten Tag,' },
      intro: {
        named:
          'Vielen Dank für Ihre Registrierung bei {product}. Öffnen Sie den folgenden Link, um Ihre Adresse zu bestätigen und Ihr Konto zu aktivieren.',
        plain:
          'Vielen Dank für Ihre Registrierung. Öffnen Sie den folgenden Link, um Ihre Adresse zu bestätigen und Ihr Konto zu aktivieren.',
      },
      action: 'Mein Konto aktivieren',
      expiry: 'Dieser Link läuft am {expiry} ab.',
      ignore:
        'Falls Sie sich nicht registriert haben, ignorieren Sie diese Nachricht: Es wird kein Konto aktiviert.',
    },
    account_exists: {
      subject: {
        named: 'Sie haben bereits ein Konto bei {product}',
        plain: 'Sie haben bereits ein Konto',
      },
      intro: {
        named:
          'Jemand (vermutlich Sie selbst) wollte mit dieser Adresse ein Konto bei {product} anlegen, doch für sie besteht bereits eines.',
        plain:
          'Jemand (vermutlich Sie selbst) wollte mit dieser Adresse ein Konto anlegen, doch für sie besteht bereits eines.',
      },
      reset:
        'Falls Sie Ihr Passwort vergessen haben, öffnen Sie den folgenden Link, um ein neues zu wählen.',
      action: 'Mein Passwort zurücksetzen',
      expiry: 'Dieser Link läuft am {expiry} ab.',
      ignore: 'Andernfalls ignorieren Sie diese Nachricht: Ihr Konto bleibt unverändert.',
    },
    password_changed: {
      subject: {
        named: 'Ihr Passwort für {product} wurde geändert',
        plain: 'Ihr Passwort wurde geändert',
      },
      intro: {
        named: 'Das Passwort Ihres Kontos bei {product} wurde am {changedAt} geändert.',
        plain: 'Das Passwort Ihres Kontos wurde am {changedAt} geändert.',
      },
      notYou:
        'Falls Sie das nicht waren, fordern Sie sofort über die Anmeldeseite („Passwort vergessen?“) ein neues Passwort an und informieren Sie unseren Support.',
    },
  },
} as const satisfies EmailCatalogue
