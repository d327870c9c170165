import type { ResponseHeaders, SesameResponse } from '../request'

/** Headers every password-flow response carries: nothing cached, no Referer leaking the page. */
export const FLOW_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
})

/** A JSON response with the flow headers; `headers` are added last (they may replace the type). */
export function jsonResponse(
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string | readonly string[]>> = {},
): SesameResponse {
  return {
    status,
    headers: {
      ...FLOW_HEADERS,
      'content-type': 'application/json; charset=utf-8',
      ...lowerCased(headers),
    },
    body: JSON.stringify(body),
  }
}

function lowerCased(
  headers: Readonly<Record<string, string | readonly string[]>>,
): Record<string, string | readonly string[]> {
  const out: Record<string, string | readonly string[]> = {}
  for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = value
  return out
}

/** Mutable response headers for adapters (`signIn`), read back as a record. */
export function responseHeaders(): ResponseHeaders & {
  readonly values: Record<string, string | string[]>
} {
  const values: Record<string, string | string[]> = {}
  return {
    values,
    set(name, value) {
      values[name.toLowerCase()] = value
    },
    append(name, value) {
      const key = name.toLowerCase()
      const current = values[key]
      values[key] = current === undefined ? [value] : [...[current].flat(), value]
    },
  }
}
