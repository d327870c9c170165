import type { EmailCatalogue } from '../texts'

/** Italian texts of the lifecycle emails (`renderEmail`), formal register (Lei). */
export const it = {
  locale: 'it',
  emails: {
    reset: {
      subject: {
        named: 'Reimpostazione della password di {product}',
        plain: 'Reimpostazione della password',
      },
      intro: {
        named:
          'Ha chiesto di reimpostare la password di {product}. Apra il link qui sotto per sceglierne una nuova.',
        plain:
          'Ha chiesto di reimpostare la password. Apra il link qui sotto per sceglierne una nuova.',
      },
      action: 'Reimposta la mia password',
      code: 'Oppure inserisca questo codice nella pagina di reimpostazione',
      codeHint: 'Questo codice vale una sola volta; nessuno del nostro team glielo chiederà mai.',
      expiry: 'Il link e il codice scadono il {expiry}.',
      linkExpiry: 'Questo link scade il {expiry}.',
      ignore: 'Se non ha fatto Lei questa richiesta, ignori questo messaggio: non cambierà nulla.',
    },
    invite: {
      subject: { named: 'Il Suo invito a {product}', plain: 'Il Suo invito' },
      greeting: { named: 'Buongiorno {name},', plain: 'Buongiorno,' },
      intro: {
        named:
          'È stato creato per Lei un account {product}. Apra il link qui sotto per scegliere la Sua password.',
        plain:
          'È stato creato per Lei un account. Apra il link qui sotto per scegliere la Sua password.',
      },
      action: 'Scegli la mia password',
      expiry: 'Questo link scade il {expiry}.',
      ignore: 'Se non si aspettava questo invito, ignori questo messaggio.',
    },
    activation: {
      subject: { named: 'Attivi il Suo account {product}', plain: 'Attivi il Suo account' },
      greeting: { named: 'Buongiorno {name},', plain: 'Buongiorno,' },
      intro: {
        named:
          'Grazie per la registrazione a {product}. Apra il link qui sotto per confermare il Suo indirizzo e attivare il Suo account.',
        plain:
          'Grazie per la registrazione. Apra il link qui sotto per confermare il Suo indirizzo e attivare il Suo account.',
      },
      action: 'Attiva il mio account',
      expiry: 'Questo link scade il {expiry}.',
      ignore:
        'Se non ha effettuato la registrazione, ignori questo messaggio: nessun account verrà attivato.',
    },
    account_exists: {
      subject: { named: 'Ha già un account {product}', plain: 'Ha già un account' },
      intro: {
        named:
          'Qualcuno (probabilmente Lei) ha cercato di creare un account {product} con questo indirizzo, che ne ha già uno.',
        plain:
          'Qualcuno (probabilmente Lei) ha cercato di creare un account con questo indirizzo, che ne ha già uno.',
      },
      reset: 'Se ha dimenticato la password, apra il link qui sotto per sceglierne una nuova.',
      action: 'Reimposta la mia password',
      expiry: 'Questo link scade il {expiry}.',
      ignore: 'Altrimenti ignori questo messaggio: il Suo account resta invariato.',
    },
    password_changed: {
      subject: {
        named: 'La Sua password di {product} è stata modificata',
        plain: 'La Sua password è stata modificata',
      },
      intro: {
        named: 'La password del Suo account {product} è stata modificata il {changedAt}.',
        plain: 'La password del Suo account è stata modificata il {changedAt}.',
      },
      notYou:
        'Se non ha effettuato Lei questa modifica, richieda subito una nuova password dalla pagina di accesso («Password dimenticata?») e avvisi il nostro supporto.',
    },
  },
} as const satisfies EmailCatalogue
