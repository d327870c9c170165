import { resolveLocale } from '../../messages/locale'
import type { StrengthFeedbackCatalogue } from './feedback'

// The shipped feedback, one module per locale: an estimate imports only the one it speaks.
const SHIPPED = {
  en: () => import('../feedback/en').then((module) => module.enFeedback),
  fr: () => import('../feedback/fr').then((module) => module.frFeedback),
  de: () => import('../feedback/de').then((module) => module.deFeedback),
  es: () => import('../feedback/es').then((module) => module.esFeedback),
  it: () => import('../feedback/it').then((module) => module.itFeedback),
  nl: () => import('../feedback/nl').then((module) => module.nlFeedback),
  pt: () => import('../feedback/pt').then((module) => module.ptFeedback),
} satisfies Record<string, () => Promise<StrengthFeedbackCatalogue>>
const SHIPPED_LOCALES = Object.keys(SHIPPED) as (keyof typeof SHIPPED)[]

/**
 * The feedback catalogue for `locale`: negotiated among `available` when given, else among the
 * seven shipped ones (`de-AT` → `de`, anything unknown → `en`).
 */
export function feedbackFor(
  locale: string | readonly string[] | undefined,
  available: readonly StrengthFeedbackCatalogue[] | undefined,
): Promise<StrengthFeedbackCatalogue> {
  if (available !== undefined) {
    const tag = resolveLocale(
      locale,
      available.map((catalogue) => catalogue.locale),
    )
    const found = available.find((catalogue) => catalogue.locale === tag)
    if (found !== undefined) return Promise.resolve(found)
  }
  return SHIPPED[resolveLocale(locale, SHIPPED_LOCALES)]()
}
