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
    lifecycle: {
      signInTitle: 'Anmelden',
      password: 'Passwort',
      remember: 'Angemeldet bleiben',
      passwordMissing: 'Geben Sie Ihr Passwort ein.',
      invalidCredentials: 'E-Mail-Adresse oder Passwort ist falsch.',
      challengeRequired:
        'Eine zusätzliche Prüfung ist erforderlich: Schließen Sie sie ab und senden Sie das Formular erneut.',
      activationRequired:
        'Ihr Konto ist noch nicht aktiviert: Folgen Sie dem Link in der Nachricht, die Sie bei der Registrierung erhalten haben.',
      secondFactorRequired:
        'Zum Abschließen der Anmeldung ist ein zweiter Prüfschritt erforderlich.',
      resetRequired: 'Ihr Passwort muss zurückgesetzt werden: Fordern Sie unten einen Link an.',
      updateRequired: 'Bei Ihrer ersten Anmeldung müssen Sie ein neues Passwort festlegen.',
      signedIn: 'Sie sind angemeldet.',
      serverBusy: {
        one: 'Der Dienst ist stark ausgelastet. Versuchen Sie es in {seconds} Sekunde erneut.',
        other: 'Der Dienst ist stark ausgelastet. Versuchen Sie es in {seconds} Sekunden erneut.',
      },
      signUpTitle: 'Konto erstellen',
      name: 'Name (optional)',
      nameTooLong: 'Der Name ist zu lang.',
      signUpSent:
        'Eine Nachricht wurde an die angegebene Adresse gesendet. Folgen Sie dem darin enthaltenen Link, um Ihr Konto zu aktivieren.',
      changeTitle: 'Passwort ändern',
      currentPassword: 'Aktuelles Passwort',
      currentPasswordRequired: 'Geben Sie Ihr aktuelles Passwort ein.',
      currentPasswordWrong: 'Das aktuelle Passwort ist falsch.',
      notSignedIn: 'Ihre Sitzung ist abgelaufen: Melden Sie sich erneut an.',
      passwordChanged: 'Ihr Passwort wurde geändert.',
      reused: 'weder Ihr aktuelles noch ein früheres Passwort',
      codeTitle: 'Code eingeben',
      codeIntro:
        'Geben Sie Ihre E-Mail-Adresse und den {length}-stelligen Code aus der Nachricht ein.',
      code: 'Code aus der E-Mail',
      codeRequired: 'Geben Sie den Code aus der E-Mail ein.',
      codeFormat: 'Der Code besteht aus {length} Ziffern.',
      codeInvalid: 'Dieser Code ist ungültig oder abgelaufen.',
      continue: 'Weiter',
      activationTitle: 'Kontoaktivierung',
      activating: 'Ihr Konto wird aktiviert …',
      activated: 'Ihr Konto ist aktiviert.',
      activationLinkInvalid: 'Dieser Aktivierungslink ist ungültig.',
      activationLinkExpired: 'Dieser Aktivierungslink ist abgelaufen.',
      activationLinkUsed:
        'Dieser Link wurde bereits verwendet: Ihr Konto ist wahrscheinlich schon aktiviert.',
      invitationTitle: 'Passwort festlegen',
      invitationLinkInvalid: 'Dieser Einladungslink ist ungültig.',
      invitationLinkExpired: 'Dieser Einladungslink ist abgelaufen.',
      invitationLinkUsed:
        'Dieser Link wurde bereits verwendet: Ihr Passwort wurde schon festgelegt.',
      invitationDone: 'Ihr Passwort wurde gespeichert.',
    },
    strength: {
      title: 'Stärke',
      scores: ['Sehr schwach', 'Schwach', 'Mittel', 'Stark', 'Sehr stark'],
    },
  },
} as const satisfies ReactCatalogue
