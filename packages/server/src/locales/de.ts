import { de as core } from '@sesame/core/locales/de'
import type { ServerCatalogue } from './types'

/** German texts of `@sesame/server` (with `@sesame/core`'s): problem titles and details. */
export const de = {
  locale: 'de',
  core: core.core,
  server: {
    checks: { reused: 'Anders als Ihr aktuelles Passwort' },
    problems: {
      malformed_json: {
        title: 'Fehlerhaftes JSON',
        detail: 'Der Anfragetext ist kein gültiges JSON.',
      },
      invalid_field: {
        title: 'Ungültiges Feld',
        detail: 'Ein Feld fehlt, ist keine Zeichenkette oder ist zu lang.',
      },
      payload_too_large: {
        title: 'Anfrage zu groß',
        detail: 'Der Anfragetext ist größer als erlaubt.',
      },
      unsupported_media_type: {
        title: 'Nicht unterstützter Medientyp',
        detail: 'Der Anfragetext muss als application/json gesendet werden.',
      },
      not_found: { title: 'Nicht gefunden', detail: 'Diese Route gibt es nicht.' },
      method_not_allowed: {
        title: 'Methode nicht erlaubt',
        detail: 'Diese Route akzeptiert diese Methode nicht.',
      },
      rate_limited: {
        title: 'Zu viele Anfragen',
        detail: 'Bitte warten Sie, bevor Sie es erneut versuchen.',
      },
      token_malformed: {
        title: 'Ungültiger Link',
        detail: 'Dieser Link zum Zurücksetzen ist ungültig. Fordern Sie einen neuen an.',
      },
      token_invalid: {
        title: 'Ungültiger Link',
        detail: 'Dieser Link zum Zurücksetzen ist ungültig. Fordern Sie einen neuen an.',
      },
      token_expired: {
        title: 'Link abgelaufen',
        detail: 'Dieser Link zum Zurücksetzen ist abgelaufen. Fordern Sie einen neuen an.',
      },
      token_stale: {
        title: 'Link nicht mehr gültig',
        detail:
          'Das Passwort wurde geändert, seit dieser Link verschickt wurde. Fordern Sie einen neuen an.',
      },
      token_used: {
        title: 'Link bereits verwendet',
        detail: 'Dieser Link zum Zurücksetzen wurde bereits verwendet. Fordern Sie einen neuen an.',
      },
      password_policy: {
        title: 'Passwort zu schwach',
        detail: 'Das Passwort erfüllt nicht alle Regeln der Richtlinie.',
      },
      confirmation_mismatch: {
        title: core.core.mismatch,
        detail: 'Die Bestätigung weicht vom Passwort ab.',
      },
      password_update_required: {
        title: 'Passwortänderung erforderlich',
        detail: 'Wählen Sie ein neues Passwort, bevor Sie sich anmelden.',
      },
      password_reset_required: {
        title: 'Zurücksetzen des Passworts erforderlich',
        detail: 'Dieses Konto hat kein verwendbares Passwort: Nutzen Sie „Passwort vergessen?“.',
      },
      store_unavailable: {
        title: 'Dienst nicht verfügbar',
        detail: 'Bitte versuchen Sie es gleich noch einmal.',
      },
      internal_error: {
        title: 'Unerwarteter Fehler',
        detail: 'Die Anfrage konnte nicht abgeschlossen werden.',
      },
      invalid_credentials: {
        title: 'Falsche E-Mail-Adresse oder falsches Passwort',
        detail: 'Die E-Mail-Adresse oder das Passwort ist nicht korrekt.',
      },
      challenge_required: {
        title: 'Überprüfung erforderlich',
        detail:
          'Zu viele fehlgeschlagene Versuche für dieses Konto: Schließen Sie die Überprüfung ab, um fortzufahren.',
      },
      activation_required: {
        title: 'Konto nicht aktiviert',
        detail: 'Öffnen Sie den Link aus der Aktivierungs-E-Mail, bevor Sie sich anmelden.',
      },
      second_factor_required: {
        title: 'Zweiter Schritt erforderlich',
        detail: 'Dieses Konto hat einen zweiten Faktor: Schließen Sie ihn ab, um sich anzumelden.',
      },
      not_signed_in: {
        title: 'Nicht angemeldet',
        detail: 'Melden Sie sich an, um Ihr Passwort zu ändern.',
      },
      code_invalid: {
        title: 'Ungültiger Code',
        detail: 'Dieser Code ist ungültig. Prüfen Sie ihn oder fordern Sie eine neue E-Mail an.',
      },
      server_busy: {
        title: 'Server ausgelastet',
        detail: 'Bitte versuchen Sie es gleich noch einmal.',
      },
    },
  },
} as const satisfies ServerCatalogue
