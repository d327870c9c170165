/** What a negotiation starts from: a BCP 47 tag, tags in preference order, or an `Accept-Language` value. */
export type LocaleInput = string | readonly string[] | null | undefined

/** Options of {@link resolveLocale}. */
export interface ResolveLocaleOptions<T extends string> {
  /** The answer when nothing matches (default `'en'` when available, else the first available). */
  readonly fallback?: T
}

/** Longest input read: a longer `Accept-Language` value is ignored (fallback). */
const MAX_INPUT = 1024
/** Most preferences read from one input. */
const MAX_PREFERENCES = 32

/** The locales of the built-in catalogues of `@sesame/core`'s main entry. */
const BUILT_IN = ['en', 'fr'] as const

/** The tags of `input`, lowercase, most preferred first (equal weights keep their order). */
function preferences(input: LocaleInput): string[] {
  const pieces = typeof input === 'string' ? input.split(',', MAX_PREFERENCES) : (input ?? [])
  return (
    pieces
      .slice(0, MAX_PREFERENCES)
      .map((piece): [string, number] => {
        // `de-AT;q=0.5` (spaces dropped); other parameters are ignored, a malformed weight is NaN.
        const [tag = '', q = '1'] = String(piece)
          .slice(0, MAX_INPUT)
          .replaceAll(' ', '')
          .split(';q=')
        return [tag.split(';')[0]!.replaceAll('_', '-').toLowerCase(), Number(q)]
      })
      .filter(([, q]) => q > 0 && q <= 1)
      // Array sorting is stable: equal weights keep their order.
      .sort((a, b) => b[1] - a[1])
      .map(([tag]) => tag)
  )
}

/** The available locale for one wanted tag: exact, then the tag's shorter prefixes, then any region of its language. */
function match<T extends string>(wanted: string, available: readonly T[]): T | undefined {
  const lower = available.map((tag) => tag.toLowerCase())
  for (let tag = wanted; tag; tag = tag.slice(0, Math.max(0, tag.lastIndexOf('-'))))
    if (lower.includes(tag)) return available[lower.indexOf(tag)]
  const language = `${wanted.split('-')[0]}-`
  return available[lower.findIndex((tag) => tag.startsWith(language))]
}

/**
 * Negotiates the locale of an answer among `available` (default: the built-in `'en'` and `'fr'`)
 * from a BCP 47 tag, a list of tags in preference order, or an `Accept-Language` value (`;q=`
 * weights honoured). Exact tags win, then shorter prefixes (`'de-AT'` → `'de'`), then another
 * region of the same language (`'pt-PT'` → `'pt-BR'`); nothing matching gives the fallback.
 *
 * @example resolveLocale('de-AT, fr;q=0.8', ['en', 'de']) // 'de'
 */
export function resolveLocale(input?: LocaleInput): (typeof BUILT_IN)[number]
export function resolveLocale<T extends string>(
  input: LocaleInput,
  available: readonly T[],
  options?: ResolveLocaleOptions<T>,
): T
export function resolveLocale(
  input?: LocaleInput,
  available: readonly string[] = BUILT_IN,
  options: ResolveLocaleOptions<string> = {},
): string {
  if (typeof input !== 'string' || input.length <= MAX_INPUT)
    for (const wanted of preferences(input)) {
      const found = match(wanted, available)
      if (found !== undefined) return found
    }
  return options.fallback ?? available[available.indexOf('en')] ?? available[0] ?? 'en'
}
