import type { ServerResponse } from 'node:http'

/** Headers every reset response carries: nothing cached, no Referer leaking the page. */
export const RESET_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
})

/**
 * Writes a JSON response straight to Node's response, so that Express 4 and 5 send byte-identical
 * headers (no ETag or charset differences between versions).
 */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): void {
  if (res.headersSent) return
  const payload = Buffer.from(JSON.stringify(body), 'utf8')
  res.statusCode = status
  for (const [name, value] of Object.entries(RESET_HEADERS)) res.setHeader(name, value)
  res.setHeader('Content-Type', 'application/json; charset=utf-8')
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
  res.setHeader('Content-Length', String(payload.length))
  res.end(payload)
}
