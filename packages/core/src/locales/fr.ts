import type { CoreCatalogue } from '../messages/catalog'

/** French texts of `@sesame/core`: the seed's wording. */
export const fr = {
  locale: 'fr',
  core: {
    heading: 'Votre mot de passe doit contenir :',
    or: ' ou ',
    among: ' parmi ',
    mismatch: 'Les deux mots de passe ne correspondent pas.',
    rules: {
      length: {
        one: '{count} caractère',
        many: '{count} de caractères',
        other: '{count} caractères',
      },
      maxLength: {
        one: 'au plus {count} caractère',
        many: 'au plus {count} de caractères',
        other: 'au plus {count} caractères',
      },
      lowercase: {
        one: '{count} lettre minuscule',
        many: '{count} de lettres minuscules',
        other: '{count} lettres minuscules',
      },
      uppercase: {
        one: '{count} lettre majuscule',
        many: '{count} de lettres majuscules',
        other: '{count} lettres majuscules',
      },
      digits: { one: '{count} chiffre', many: '{count} de chiffres', other: '{count} chiffres' },
      letters: { one: '{count} lettre', many: '{count} de lettres', other: '{count} lettres' },
      special: {
        one: '{count} caractère spécial',
        many: '{count} de caractères spéciaux',
        other: '{count} caractères spéciaux',
      },
      maxRepeated: {
        one: 'pas plus de {count} caractère identique à la suite',
        many: 'pas plus de {count} de caractères identiques à la suite',
        other: 'pas plus de {count} caractères identiques à la suite',
      },
      notCommon: 'pas un mot de passe courant',
      notContextual: 'ni votre nom ni votre adresse e-mail',
      match: 'identique à la confirmation',
      strength: 'difficile à deviner',
      notBreached: 'absent des fuites de données connues',
      wellFormed: 'sans caractère invisible ou invalide',
    },
  },
} as const satisfies CoreCatalogue
