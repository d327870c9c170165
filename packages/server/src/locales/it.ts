import { it as core } from '@sesame/core/locales/it'
import type { ServerCatalogue } from './types'

/** Italian texts of `@sesame/server` (with `@sesame/core`'s): problem titles and details. */
export const it = {
  locale: 'it',
  core: core.core,
  server: {
    checks: { reused: 'Diversa dalla password attuale' },
    problems: {
      malformed_json: {
        title: 'JSON non valido',
        detail: 'Il corpo della richiesta non è un JSON valido.',
      },
      invalid_field: {
        title: 'Campo non valido',
        detail: 'Un campo manca, non è una stringa o è troppo lungo.',
      },
      payload_too_large: {
        title: 'Richiesta troppo grande',
        detail: 'Il corpo della richiesta supera la dimensione consentita.',
      },
      unsupported_media_type: {
        title: 'Tipo di contenuto non supportato',
        detail: 'Il corpo della richiesta deve essere inviato come application/json.',
      },
      not_found: { title: 'Non trovato', detail: 'Questo percorso non esiste.' },
      method_not_allowed: {
        title: 'Metodo non consentito',
        detail: 'Questo percorso non accetta questo metodo.',
      },
      rate_limited: { title: 'Troppe richieste', detail: 'Attendi prima di riprovare.' },
      token_malformed: {
        title: 'Link non valido',
        detail: 'Questo link di reimpostazione non è valido. Richiedine uno nuovo.',
      },
      token_invalid: {
        title: 'Link non valido',
        detail: 'Questo link di reimpostazione non è valido. Richiedine uno nuovo.',
      },
      token_expired: {
        title: 'Link scaduto',
        detail: 'Questo link di reimpostazione è scaduto. Richiedine uno nuovo.',
      },
      token_stale: {
        title: 'Link non più valido',
        detail: 'La password è cambiata dopo l’invio di questo link. Richiedine uno nuovo.',
      },
      token_used: {
        title: 'Link già utilizzato',
        detail: 'Questo link di reimpostazione è già stato utilizzato. Richiedine uno nuovo.',
      },
      password_policy: {
        title: 'Password troppo debole',
        detail: 'La password non rispetta tutte le regole della policy.',
      },
      confirmation_mismatch: {
        title: core.core.mismatch,
        detail: 'La conferma è diversa dalla password.',
      },
      password_update_required: {
        title: 'Aggiornamento della password necessario',
        detail: 'Scegli una nuova password prima di accedere.',
      },
      password_reset_required: {
        title: 'Reimpostazione della password necessaria',
        detail: 'Questo account non ha una password utilizzabile: usa «Password dimenticata?».',
      },
      store_unavailable: { title: 'Servizio non disponibile', detail: 'Riprova tra un momento.' },
      internal_error: {
        title: 'Errore imprevisto',
        detail: 'Non è stato possibile completare la richiesta.',
      },
      invalid_credentials: {
        title: 'Email o password errata',
        detail: 'L’indirizzo email o la password non sono corretti.',
      },
      challenge_required: {
        title: 'Verifica necessaria',
        detail:
          'Troppi tentativi non riusciti su questo account: completa la verifica per continuare.',
      },
      activation_required: {
        title: 'Account non attivato',
        detail: 'Apri il link dell’email di attivazione prima di accedere.',
      },
      second_factor_required: {
        title: 'Secondo passaggio necessario',
        detail: 'Questo account ha un secondo fattore: completalo per accedere.',
      },
      not_signed_in: {
        title: 'Accesso non effettuato',
        detail: 'Accedi per cambiare la password.',
      },
      code_invalid: {
        title: 'Codice non valido',
        detail: 'Questo codice non è valido. Controllalo o richiedi una nuova email.',
      },
      server_busy: { title: 'Server occupato', detail: 'Riprova tra un momento.' },
    },
  },
} as const satisfies ServerCatalogue
