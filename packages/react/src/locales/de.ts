import { de as core } from '@sesame/core/locales/de'
import type { ReactCatalogue } from './types'

/** German texts of `@sesame/react` (with `@sesame/core`'s): checklist, screens, strength meter. */
export const de = {
  locale: 'de',
  core: core.core,
  react: {
    checklist: {
      met: 'erfüllt',
      notMet: 'nicht erfüllt',
      pending: 'wird geprüft',
      unmet: {
        one: 'Nicht erfüllte Anforderung: {labels}.',
        other: 'Nicht erfüllte Anforderungen: {labels}.',
      },
      summary: '{met} von {total} Anforderungen erfüllt.',
      allMet: 'Alle Anforderungen sind erfüllt.',
      showPassword: 'Passwort anzeigen',
      hidePassword: 'Passwort verbergen',
      passwordShown: 'Ihr Passwort wird angezeigt.',
      passwordHidden: 'Ihr Passwort ist verborgen.',
    },
    forms: {
      resetTitle: 'Passwort aktualisieren',
      newPassword: 'Neues Passwort',
      confirmation: 'Passwort bestätigen',
      submit: 'Absenden',
      breached: 'Dieses Passwort ist in bekannten Datenlecks aufgetaucht: Wählen Sie ein anderes.',
      mismatch: core.core.mismatch,
      policyFailed: 'Das Passwort erfüllt nicht alle Anforderungen.',
      passwordRequired: 'Geben Sie ein neues Passwort ein.',
      confirmationRequired: 'Bestätigen Sie das neue Passwort.',
      errorSummaryTitle: 'Es ist ein Problem aufgetreten',
      forgotTitle: 'Passwort vergessen?',
      forgotIntro: 'Geben Sie die E-Mail-Adresse ein, mit der Sie sich anmelden.',
      updateIntro:
        'Bei Ihrer ersten Anmeldung müssen Sie ein neues Passwort festlegen. Geben Sie Ihre E-Mail-Adresse ein, und wir senden Ihnen einen Link.',
      email: 'E-Mail-Adresse',
      invalidEmail: 'Geben Sie eine gültige E-Mail-Adresse ein.',
      emailRequired: 'Geben Sie Ihre E-Mail-Adresse ein.',
      emailSent:
        'Wenn diese Adresse zu einem Konto gehört, wurde eine Nachricht an sie gesendet. Folgen Sie dem darin enthaltenen Link, um Ihr Passwort zurückzusetzen.',
      linkInvalid: 'Dieser Link zum Zurücksetzen ist ungültig.',
      linkExpired: 'Dieser Link zum Zurücksetzen ist abgelaufen.',
      linkStale:
        'Dieser Link wurde bereits verwendet: Ihr Passwort wurde seit dem Versand geändert.',
      requestNewLink: 'Neuen Link anfordern',
      retry: 'Erneut versuchen',
      done: 'Ihr Passwort wurde aktualisiert.',
      verifying: 'Link wird geprüft …',
      rateLimited: 'Zu viele Versuche. Versuchen Sie es in einigen Minuten erneut.',
      unavailable: 'Der Dienst ist nicht verfügbar. Versuchen Sie es gleich noch einmal.',
    },
    strength: {
      title: 'Stärke',
      scores: ['Sehr schwach', 'Schwach', 'Mittel', 'Stark', 'Sehr stark'],
    },
  },
} as const satisfies ReactCatalogue
