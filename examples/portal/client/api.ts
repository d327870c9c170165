import { ProblemError } from '@sesame/react'
// Type-only: the client shares the server's shape of an organisation, nothing else.
import type { Organisation } from '../server/accounts'

/** The signed-in account, as GET /api/me returns it. */
export interface Me {
  firstName: string
  lastName: string
  email: string
  organisation: Organisation | null
}

/**
 * The portal's own routes (who is signed in, sign-out): every password, token and throttle route
 * is the library's. Refusals are @sesame/react's `ProblemError`, as for the library's routes.
 */
export async function portalApi<T>(
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<T> {
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
  } catch (error) {
    throw new ProblemError(0, { code: 'network_error' }, { cause: error })
  }
  const json: unknown = /json/.test(response.headers.get('content-type') ?? '')
    ? await response.json().catch(() => null)
    : null
  if (!response.ok) {
    const problem =
      typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {}
    throw new ProblemError(response.status, problem)
  }
  return json as T
}

/** The signed-in account, or null. */
export async function currentAccount(): Promise<Me | null> {
  try {
    return await portalApi<Me>('GET', '/api/me')
  } catch {
    return null
  }
}
