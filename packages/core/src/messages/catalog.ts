import type { Locale } from '../policy/types'

/**
 * Built-in texts, `[English, French]`: `#` is the count, `(one|other)` picks the plural form;
 * texts without them are fixed. Rule types are keys, plus the words that join labels.
 */
const TEXTS = {
  or: [' or ', ' ou '],
  among: [' among ', ' parmi '],
  maxLength: ['at most # character(|s)', 'au plus # caractère(|s)'],
  length: ['# character(|s)', '# caractère(|s)'],
  lowercase: ['# lowercase letter(|s)', '# lettre(|s) minuscule(|s)'],
  uppercase: ['# uppercase letter(|s)', '# lettre(|s) majuscule(|s)'],
  digits: ['# digit(|s)', '# chiffre(|s)'],
  letters: ['# letter(|s)', '# lettre(|s)'],
  special: ['# special character(|s)', '# caractère(|s) spécia(l|ux)'],
  maxRepeated: [
    'no more than # identical character(|s) in a row',
    'pas plus de # caractère(|s) identique(|s) à la suite',
  ],
  notCommon: ['not a common password', 'pas un mot de passe courant'],
  notContextual: ['not your name or email address', 'ni votre nom ni votre adresse e-mail'],
  match: ['the same as the confirmation', 'identique à la confirmation'],
  strength: ['hard to guess', 'difficile à deviner'],
  notBreached: ['not found in known data breaches', 'absent des fuites de données connues'],
  wellFormed: ['no invisible or invalid character', 'sans caractère invisible ou invalide'],
  mismatch: ['The two passwords do not match.', 'Les deux mots de passe ne correspondent pas.'],
} as const

/** The heading above the checklist, `[English, French]` (apart: describePolicy never needs it). */
export const HEADINGS = [
  'Your password must contain:',
  'Votre mot de passe doit contenir :',
] as const

/** A key of the built-in texts. */
export type TextKey = keyof typeof TEXTS

/** The built-in text `key` in `locale`. */
export const text = (locale: Locale, key: TextKey): string =>
  locale === 'fr' ? TEXTS[key][1] : TEXTS[key][0]

const plurals: Partial<Record<Locale, Intl.PluralRules>> = {}

/** `entry` for the count `n` in `locale`: plural forms picked, `#` replaced by `n`. */
export function plural(locale: Locale, entry: string, n: number): string {
  plurals[locale] ??= new Intl.PluralRules(locale)
  const one = plurals[locale].select(n) === 'one'
  return entry
    .replace(/\((.*?)\|(.*?)\)/g, (_, a: string, b: string) => (one ? a : b))
    .replace('#', String(n))
}
