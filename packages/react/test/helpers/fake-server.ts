import { presets } from '@sesame/core'

export interface Recorded {
  method: string
  url: string
  body: Record<string, unknown>
  headers: Record<string, string>
}

export type Handler = (body: Record<string, unknown>) => Response | Promise<Response>

export const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

export const problem = (status: number, code: string, extra: Record<string, unknown> = {}) =>
  new Response(JSON.stringify({ type: 'about:blank', title: code, status, code, ...extra }), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  })

// A stand-in for @sesame/express's routes (same bodies and codes): tests override a route to answer what they need.
export function fakeServer(routes: Partial<Record<string, Handler>> = {}) {
  const calls: Recorded[] = []
  const defaults: Record<string, Handler> = {
    'GET /auth/policy': () => json(presets.classic),
    'POST /auth/forgot-password': () => json({ ok: true }, 202),
    'POST /auth/reset-password/verify': () =>
      json({ usable: true, purpose: 'reset', expiresAt: '2030-01-01T00:00:00.000Z' }),
    'POST /auth/reset-password': () => json({ status: 'password_changed', signedIn: true }),
  }
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input)
    const method = init.method ?? 'GET'
    const body =
      typeof init.body === 'string' ? (JSON.parse(init.body) as Record<string, unknown>) : {}
    calls.push({ method, url, body, headers: { ...(init.headers as Record<string, string>) } })
    init.signal?.throwIfAborted()
    const handler = routes[`${method} ${url}`] ?? defaults[`${method} ${url}`]
    if (!handler) return problem(404, 'not_found')
    return handler(body)
  }
  return { fetch: fetch as typeof globalThis.fetch, calls }
}
