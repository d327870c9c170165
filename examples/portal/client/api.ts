// Type-only: the client shares the server's shape of an organisation, nothing else.
import type { Organisation } from '../server/accounts'

/** The signed-in account, as GET /api/me returns it. */
export interface Me {
  firstName: string
  lastName: string
  email: string
  organisation: Organisation | null
}

/** An RFC 9457 problem as the portal's API answers it. */
export interface Problem {
  status: number
  code: string
  title?: string
  checks?: { id: string; met: boolean | null }[]
  /** With `password_update_required`: the short-lived token for POST /api/auth/reset-password. */
  updateToken?: string
}

/** What an API call gives back: the body, or the problem. */
export type ApiResult<T> = { ok: true; data: T } | { ok: false; problem: Problem }

/** POST/GET JSON to the portal's own API, cookies included. */
export async function api<T>(
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<ApiResult<T>> {
  let response: Response
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers:
        body === undefined
          ? { accept: 'application/json' }
          : { 'content-type': 'application/json', accept: 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
  } catch {
    return { ok: false, problem: { status: 0, code: 'network_error' } }
  }
  const text = await response.text()
  const parsed: unknown = text ? JSON.parse(text) : null
  if (response.ok) return { ok: true, data: parsed as T }
  const problem = (parsed ?? {}) as Partial<Problem>
  return {
    ok: false,
    problem: { ...problem, status: response.status, code: problem.code ?? 'error' },
  }
}
