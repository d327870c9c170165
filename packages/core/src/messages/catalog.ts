import type { Locale, RuleType } from '../policy/types'

/**
 * A text: `#` is the count, `(one|other)` picks the plural form; texts without them are fixed.
 */
type Entry = string

/** Built-in texts of one locale. */
export interface Catalog {
  readonly heading: string
  readonly or: string
  readonly among: string
  readonly maxLength: Entry
  readonly rules: Readonly<Record<Exclude<RuleType, 'anyOf' | 'pattern'>, Entry>>
}

const en: Catalog = {
  heading: 'Your password must contain:',
  or: ' or ',
  among: ' among ',
  maxLength: 'at most # character(|s)',
  rules: {
    length: '# character(|s)',
    lowercase: '# lowercase letter(|s)',
    uppercase: '# uppercase letter(|s)',
    digits: '# digit(|s)',
    letters: '# letter(|s)',
    special: '# special character(|s)',
    maxRepeated: 'no more than # identical character(|s) in a row',
    notCommon: 'not a common password',
    notContextual: 'not your name or email address',
    match: 'the same as the confirmation',
    strength: 'hard to guess',
    notBreached: 'not found in known data breaches',
  },
}

const fr: Catalog = {
  heading: 'Votre mot de passe doit contenir :',
  or: ' ou ',
  among: ' parmi ',
  maxLength: 'au plus # caractère(|s)',
  rules: {
    length: '# caractère(|s)',
    lowercase: '# lettre(|s) minuscule(|s)',
    uppercase: '# lettre(|s) majuscule(|s)',
    digits: '# chiffre(|s)',
    letters: '# lettre(|s)',
    special: '# caractère(|s) spécia(l|ux)',
    maxRepeated: 'pas plus de # caractère(|s) identique(|s) à la suite',
    notCommon: 'pas un mot de passe courant',
    notContextual: 'ni votre nom ni votre adresse e-mail',
    match: 'identique à la confirmation',
    strength: 'difficile à deviner',
    notBreached: 'absent des fuites de données connues',
  },
}

/** Built-in catalogs. */
export const catalogs: Readonly<Record<Locale, Catalog>> = { en, fr }

const plurals: Partial<Record<Locale, Intl.PluralRules>> = {}

/** `entry` for the count `n` in `locale`: plural forms picked, `#` replaced by `n`. */
export function plural(locale: Locale, entry: Entry, n: number): string {
  plurals[locale] ??= new Intl.PluralRules(locale)
  const one = plurals[locale].select(n) === 'one'
  return entry
    .replace(/\((.*?)\|(.*?)\)/g, (_, a: string, b: string) => (one ? a : b))
    .replace('#', String(n))
}
