import { formatText, resolveLocale } from '@sesame/core'
import { enChecklist, frChecklist } from '../locales/built-in'
import type { CataloguePart } from '../locales/types'

/** Texts of `<PasswordChecklist>` and `<PasswordField>` (the rule labels come from `@sesame/core`). */
export interface ChecklistMessages {
  /** Lead-in of the checklist (default: `@sesame/core`'s `policyHeading`, "Votre mot de passe doit contenir :"). */
  checklistHeading?: string
  /** Visually hidden state of a met rule. */
  met: string
  /** Visually hidden state of a rule not met yet. */
  notMet: string
  /** Visually hidden state of a rule still being checked (async rules). */
  pending: string
  /** The rules a password does not meet, by their labels: in the live summary and in the field's error. */
  unmet: (labels: readonly string[]) => string
  /** Live-region count while some rules are not met; `unmet`'s list of `missing` follows it. */
  summary: (met: number, total: number, missing: readonly string[]) => string
  /** Live-region summary once every rule is met. */
  allMet: string
  /** Accessible name of the toggle while the password is masked: what a press does. */
  showPassword: string
  /** Accessible name of the toggle while the password is shown: what a press does. */
  hidePassword: string
  /** Announced (politely) once a press of the toggle has shown the password. */
  passwordShown: string
  /** Announced (politely) once the password is masked again. */
  passwordHidden: string
}

/**
 * The catalogue of `locale` among `catalogues`, or `undefined` when none are given (the caller
 * then uses its built-in English and French).
 */
export function pickCatalogue<C extends { readonly locale: string }>(
  locale: string | undefined,
  catalogues: readonly C[],
): C | undefined {
  const tag = resolveLocale(
    locale,
    catalogues.map((c) => c.locale),
  )
  return catalogues.find((c) => c.locale === tag)
}

// Kept apart from the forms' texts, so that the checklist and the field do not bundle them.
export function getChecklistMessages(
  locale: string | undefined,
  overrides?: Partial<ChecklistMessages>,
  catalogues?: readonly CataloguePart<'checklist'>[],
): ChecklistMessages {
  const picked = catalogues && pickCatalogue(locale, catalogues)
  const french = picked === undefined && resolveLocale(locale) === 'fr'
  const tag = picked?.locale ?? (french ? 'fr' : 'en')
  const texts = picked?.react.checklist ?? (french ? frChecklist : enChecklist)
  return {
    ...texts,
    unmet: (labels) => formatText(tag, texts.unmet, { labels: labels.join(', ') }, labels.length),
    summary: (met, total) => formatText(tag, texts.summary, { met, total }, met),
    ...overrides,
  }
}
