import type { IncomingMessage } from 'node:http'

/** The locales Sesame ships messages for. */
export type SupportedLocale = 'fr' | 'en'

/** Picks fr or en from an explicit choice or the request's `Accept-Language` (q-values honoured), else en. */
export function requestLocale(req: IncomingMessage, explicit?: unknown): SupportedLocale {
  const chosen = typeof explicit === 'string' ? supported(explicit) : null
  if (chosen) return chosen
  const header = req.headers['accept-language']
  if (typeof header !== 'string' || header.length > 512) return 'en'
  let best: SupportedLocale = 'en'
  let bestQ = 0
  for (const part of header.split(',')) {
    const [tag = '', ...params] = part.trim().split(';')
    const locale = supported(tag)
    if (!locale) continue
    const qParam = params.find((param) => param.trim().startsWith('q='))
    const q = qParam === undefined ? 1 : Number(qParam.trim().slice(2))
    if (Number.isFinite(q) && q > bestQ) {
      best = locale
      bestQ = q
    }
  }
  return best
}

function supported(tag: string): SupportedLocale | null {
  const primary = tag.trim().toLowerCase().split('-')[0]
  return primary === 'fr' || primary === 'en' ? primary : null
}
