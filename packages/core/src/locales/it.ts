import type { CoreCatalogue } from '../messages/catalog'

/** Italian texts of `@sesame/core`. */
export const it = {
  locale: 'it',
  core: {
    heading: 'La password deve contenere:',
    or: ' oppure ',
    among: ' tra ',
    mismatch: 'Le due password non coincidono.',
    rules: {
      length: {
        one: '{count} carattere',
        many: '{count} di caratteri',
        other: '{count} caratteri',
      },
      maxLength: {
        one: 'al massimo {count} carattere',
        many: 'al massimo {count} di caratteri',
        other: 'al massimo {count} caratteri',
      },
      lowercase: {
        one: '{count} lettera minuscola',
        many: '{count} di lettere minuscole',
        other: '{count} lettere minuscole',
      },
      uppercase: {
        one: '{count} lettera maiuscola',
        many: '{count} di lettere maiuscole',
        other: '{count} lettere maiuscole',
      },
      digits: { one: '{count} cifra', many: '{count} di cifre', other: '{count} cifre' },
      letters: { one: '{count} lettera', many: '{count} di lettere', other: '{count} lettere' },
      special: {
        one: '{count} carattere speciale',
        many: '{count} di caratteri speciali',
        other: '{count} caratteri speciali',
      },
      maxRepeated: {
        one: 'non più di {count} carattere identico di seguito',
        many: 'non più di {count} di caratteri identici di seguito',
        other: 'non più di {count} caratteri identici di seguito',
      },
      notCommon: 'non una password comune',
      notContextual: 'né il tuo nome né il tuo indirizzo email',
      match: 'uguale alla conferma',
      strength: 'difficile da indovinare',
      notBreached: 'assente dalle violazioni di dati note',
      wellFormed: 'nessun carattere invisibile o non valido',
    },
  },
} as const satisfies CoreCatalogue
