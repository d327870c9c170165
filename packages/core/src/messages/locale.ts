import type { Locale } from '../policy/types'

/**
 * Picks the built-in locale for a BCP 47 tag, a list of tags in preference order, or an
 * `Accept-Language` header value: `'fr-CA'` gives `'fr'`; anything unknown gives `'en'`.
 */
export function resolveLocale(input?: string | readonly string[] | null): Locale {
  // Each tag's primary language subtag, in order; `;q=` weights are ignored (lists come ordered).
  for (const tag of String(input ?? '').split(',')) {
    const language = /^\s*(fr|en)(?![a-z])/i.exec(tag)?.[1]
    if (language !== undefined) return language.toLowerCase() as Locale
  }
  return 'en'
}
