import type { SesameResponse } from '../request'
import type { FlowFactory } from './context'

function matches(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false
  return header.split(',').some((tag) => {
    const value = tag.trim()
    return value === '*' || value.replace(/^W\//, '') === etag
  })
}

/** `GET /policy`: the policy JSON, with an `ETag` (304 on a matching `If-None-Match`). */
export const policyFlow: FlowFactory = (context) => async (call) => {
  const etag = await context.policyEtag
  const headers = { etag, 'cache-control': 'no-cache' }
  if (matches(call.request.headers['if-none-match'], etag)) {
    return { status: 304, headers, body: null } satisfies SesameResponse
  }
  return {
    status: 200,
    headers: { ...headers, 'content-type': 'application/json; charset=utf-8' },
    body: context.policyJson,
  }
}
