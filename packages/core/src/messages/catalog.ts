import type { Locale } from '../policy/types'

/** A plural category of `Intl.PluralRules` (`'one'`, `'few'`, `'many'`, `'other'`...). */
export type PluralCategory = Intl.LDMLPluralRule

/**
 * A text that depends on a count: one form per plural category the language needs, `other`
 * always present. A plain string is the same text for every count.
 */
export type PluralText =
  | string
  | ({ readonly other: string } & { readonly [C in Exclude<PluralCategory, 'other'>]?: string })

/** The rule labels a core catalogue must have: rule types, plus `maxLength` for a length with only a maximum. */
export type RuleLabelKey =
  | 'length'
  | 'maxLength'
  | 'lowercase'
  | 'uppercase'
  | 'digits'
  | 'letters'
  | 'special'
  | 'maxRepeated'
  | 'notCommon'
  | 'notContextual'
  | 'match'
  | 'strength'
  | 'notBreached'
  | 'wellFormed'

/** The core layer's texts: the checklist heading, the words joining labels, one label per rule. */
export interface CoreTexts {
  /** The heading above the checklist, e.g. `'Votre mot de passe doit contenir :'`. */
  readonly heading: string
  /** Joins the paths of an `anyOf` rule, spaces included, e.g. `' ou '`. */
  readonly or: string
  /** Joins a special rule's label and its character list, spaces included, e.g. `' parmi '`. */
  readonly among: string
  /** Says that a confirmation differs from the new password (forms, React, the server's problem). */
  readonly mismatch: string
  /**
   * One label per rule type (and `wellFormed`, the implicit check of every policy); `{count}` is
   * the rule's number and picks the plural form.
   */
  readonly rules: { readonly [K in RuleLabelKey]: PluralText }
}

/**
 * A catalogue of `@sesame/core`: the texts of one locale, as plain JSON-serialisable data. The
 * react and server layers extend it with their own sections (`react`, `server`).
 */
export interface CoreCatalogue {
  /** The BCP 47 tag of the catalogue's language, e.g. `'de'` or `'pt-BR'`. */
  readonly locale: Locale
  /** Texts of the policy checklist. */
  readonly core: CoreTexts
}

/** The form of `text` for the count `n` in `locale`, placeholders `{name}` replaced by `values`. */
export function formatText(
  locale: string,
  text: PluralText,
  values: Readonly<Record<string, string | number>>,
  n?: number,
): string {
  const form =
    typeof text === 'string'
      ? text
      : (text[n === undefined ? 'other' : new Intl.PluralRules(locale).select(n)] ?? text.other)
  return form.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  )
}
