import { checkPassword, type Policy } from '@sesame/core'
import { ProblemError } from '../problem-error'

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export interface JsonRequest {
  method: 'GET' | 'POST'
  url: string
  body?: unknown
  headers?: Record<string, string> | undefined
  credentials?: RequestCredentials | undefined
  signal?: AbortSignal | undefined
  locale?: string | undefined
  fetch?: typeof fetch | undefined
}

// One JSON round trip; any failure but an abort becomes a ProblemError with a code.
export async function requestJson(request: JsonRequest): Promise<unknown> {
  const headers: Record<string, string> = {
    accept: 'application/json, application/problem+json',
    ...request.headers,
  }
  if (request.body !== undefined) headers['content-type'] = 'application/json'
  if (request.locale) headers['accept-language'] = request.locale
  // Looked up at call time, so a fetch installed (or mocked) after import is used.
  const doFetch = request.fetch ?? globalThis.fetch
  let response: Response
  try {
    response = await doFetch(request.url, {
      method: request.method,
      headers,
      credentials: request.credentials ?? 'same-origin',
      ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
      ...(request.signal ? { signal: request.signal } : {}),
    })
  } catch (error) {
    if (request.signal?.aborted) throw error
    throw new ProblemError(0, { code: 'network_error' }, { cause: error })
  }
  const type = response.headers.get('content-type') ?? ''
  const json: unknown = /json/i.test(type)
    ? await response.json().catch(() => undefined)
    : undefined
  if (!response.ok) throw new ProblemError(response.status, isRecord(json) ? json : {})
  return json
}

// The route answers the policy itself; `{ policy }` is accepted too. The shape is checked, not the rules.
export function parsePolicy(json: unknown): Policy {
  const policy = isRecord(json) && isRecord(json.policy) ? json.policy : json
  if (!isRecord(policy) || policy.version !== 1 || !Array.isArray(policy.rules)) {
    throw new ProblemError(200, { code: 'invalid_policy' })
  }
  // The server's JSON carries its pattern programs: evaluating once checks them (and the rules).
  try {
    checkPassword(policy as unknown as Policy, '')
    return policy as unknown as Policy
  } catch {
    throw new ProblemError(200, { code: 'invalid_policy' })
  }
}
