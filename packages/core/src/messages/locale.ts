import type { Locale } from '../policy/types'

/**
 * Picks the built-in locale for a BCP 47 tag, a list of tags in preference order, or an
 * `Accept-Language` header value (`;q=` weights honoured): `'fr-CA'` gives `'fr'`;
 * `'de, en;q=0.5, fr;q=0.8'` gives `'fr'`; anything unknown gives `'en'`.
 */
export function resolveLocale(input?: string | readonly string[] | null): Locale {
  let best: Locale = 'en'
  let weight = 0
  for (const tag of String(input ?? '').split(',')) {
    const match = /^\s*(fr|en)(?![a-z])[^;]*(?:;\s*q\s*=\s*([\d.]+))?/i.exec(tag)
    // Without a weight a tag counts 1; the first of equal weights wins, as listed.
    const q = match === null ? 0 : Number(match[2] ?? 1)
    if (q > weight) {
      best = match![1]!.toLowerCase() as Locale
      weight = q
    }
  }
  return best
}
