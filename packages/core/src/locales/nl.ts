import type { CoreCatalogue } from '../messages/catalog'

/** Dutch texts of `@sesame/core`. */
export const nl = {
  locale: 'nl',
  core: {
    heading: 'Je wachtwoord moet bevatten:',
    or: ' of ',
    among: ' uit ',
    mismatch: 'De twee wachtwoorden komen niet overeen.',
    rules: {
      length: { one: '{count} teken', other: '{count} tekens' },
      maxLength: { one: 'maximaal {count} teken', other: 'maximaal {count} tekens' },
      lowercase: { one: '{count} kleine letter', other: '{count} kleine letters' },
      uppercase: { one: '{count} hoofdletter', other: '{count} hoofdletters' },
      digits: { one: '{count} cijfer', other: '{count} cijfers' },
      letters: { one: '{count} letter', other: '{count} letters' },
      special: { one: '{count} speciaal teken', other: '{count} speciale tekens' },
      maxRepeated: {
        one: 'niet meer dan {count} hetzelfde teken achter elkaar',
        other: 'niet meer dan {count} dezelfde tekens achter elkaar',
      },
      notCommon: 'geen veelgebruikt wachtwoord',
      notContextual: 'niet je naam of e-mailadres',
      match: 'gelijk aan de bevestiging',
      strength: 'moeilijk te raden',
      notBreached: 'niet gevonden in bekende datalekken',
      wellFormed: 'geen onzichtbare of ongeldige tekens',
    },
  },
} as const satisfies CoreCatalogue
