import { it as core } from '@sesame/core/locales/it'
import type { ReactCatalogue } from './types'

/** Italian texts of `@sesame/react` (with `@sesame/core`'s): checklist, screens, strength meter. */
export const it = {
  locale: 'it',
  core: core.core,
  react: {
    checklist: {
      met: 'soddisfatto',
      notMet: 'non soddisfatto',
      pending: 'verifica in corso',
      unmet: {
        one: 'Requisito non soddisfatto: {labels}.',
        many: 'Requisiti non soddisfatti: {labels}.',
        other: 'Requisiti non soddisfatti: {labels}.',
      },
      summary: {
        one: '{met} requisito su {total} soddisfatto.',
        many: '{met} di requisiti su {total} soddisfatti.',
        other: '{met} requisiti su {total} soddisfatti.',
      },
      allMet: 'Tutti i requisiti sono soddisfatti.',
      showPassword: 'Mostra password',
      hidePassword: 'Nascondi password',
      passwordShown: 'La password è visibile.',
      passwordHidden: 'La password è nascosta.',
    },
    forms: {
      resetTitle: 'Aggiorna la password',
      newPassword: 'Nuova password',
      confirmation: 'Conferma la password',
      submit: 'Invia',
      breached: 'Questa password compare in violazioni di dati note: scegline un’altra.',
      mismatch: core.core.mismatch,
      policyFailed: 'La password non soddisfa tutti i requisiti.',
      passwordRequired: 'Inserisci una nuova password.',
      confirmationRequired: 'Conferma la nuova password.',
      errorSummaryTitle: 'Si è verificato un problema',
      forgotTitle: 'Password dimenticata?',
      forgotIntro: 'Inserisci l’indirizzo email che usi per accedere.',
      updateIntro:
        'Al primo accesso devi scegliere una nuova password. Inserisci il tuo indirizzo email e ti invieremo un link.',
      email: 'Indirizzo email',
      invalidEmail: 'Inserisci un indirizzo email valido.',
      emailRequired: 'Inserisci il tuo indirizzo email.',
      emailSent:
        'Se questo indirizzo appartiene a un account, gli è stato inviato un messaggio. Segui il link che contiene per reimpostare la password.',
      linkInvalid: 'Questo link di reimpostazione non è valido.',
      linkExpired: 'Questo link di reimpostazione è scaduto.',
      linkStale: 'Questo link è già stato usato: la password è cambiata dopo il suo invio.',
      requestNewLink: 'Richiedi un nuovo link',
      retry: 'Riprova',
      done: 'La password è stata aggiornata.',
      verifying: 'Verifica del link…',
      rateLimited: 'Troppi tentativi. Riprova tra qualche minuto.',
      unavailable: 'Il servizio non è disponibile. Riprova tra un momento.',
    },
    strength: {
      title: 'Sicurezza',
      scores: ['Molto debole', 'Debole', 'Discreta', 'Buona', 'Ottima'],
    },
  },
} as const satisfies ReactCatalogue
