import type { CoreCatalogue } from '../messages/catalog'

/** German texts of `@sesame/core`. */
export const de = {
  locale: 'de',
  core: {
    heading: 'Ihr Passwort muss Folgendes enthalten:',
    or: ' oder ',
    among: ' aus ',
    mismatch: 'Die beiden Passwörter stimmen nicht überein.',
    rules: {
      length: { one: '{count} Zeichen', other: '{count} Zeichen' },
      maxLength: { one: 'höchstens {count} Zeichen', other: 'höchstens {count} Zeichen' },
      lowercase: { one: '{count} Kleinbuchstabe', other: '{count} Kleinbuchstaben' },
      uppercase: { one: '{count} Großbuchstabe', other: '{count} Großbuchstaben' },
      digits: { one: '{count} Ziffer', other: '{count} Ziffern' },
      letters: { one: '{count} Buchstabe', other: '{count} Buchstaben' },
      special: { one: '{count} Sonderzeichen', other: '{count} Sonderzeichen' },
      maxRepeated: {
        one: 'nicht mehr als {count} gleiches Zeichen hintereinander',
        other: 'nicht mehr als {count} gleiche Zeichen hintereinander',
      },
      notCommon: 'kein gängiges Passwort',
      notContextual: 'weder Ihr Name noch Ihre E-Mail-Adresse',
      match: 'identisch mit der Bestätigung',
      strength: 'schwer zu erraten',
      notBreached: 'in keinem bekannten Datenleck enthalten',
      wellFormed: 'keine unsichtbaren oder ungültigen Zeichen',
    },
  },
} as const satisfies CoreCatalogue
