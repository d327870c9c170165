import {
  PROBLEM_STATUS,
  type ProblemCode,
  type ProblemDocument,
  type ProblemExtensions,
  ROUTES,
  type RouteName,
  type WireRoutes,
} from '@sesame/core/wire'

/** A request the wire server received. */
export interface WireCall {
  readonly route: RouteName
  readonly body: Record<string, unknown>
  readonly headers: Record<string, string>
}

/** What a route answers: its wire response body, or a problem document. */
export type WireAnswer<Name extends RouteName> =
  | { readonly body: WireRoutes[Name]['response']; readonly status?: number }
  | { readonly problem: ProblemDocument }

type Answers = { [Name in RouteName]?: (body: Record<string, unknown>) => WireAnswer<Name> }

// The extension members are required exactly when the code has some.
type Extensions<Code extends ProblemCode> = [keyof ProblemExtensions[Code]] extends [never]
  ? [ProblemExtensions[Code]?]
  : [ProblemExtensions[Code]]

/** The problem document a Sesame server answers for `code`, built from the wire types. */
export function problemDocument<Code extends ProblemCode>(
  code: Code,
  ...extensions: Extensions<Code>
): ProblemDocument {
  return {
    type: `urn:sesame:problem:${code}`,
    title: code,
    status: PROBLEM_STATUS[code],
    detail: code,
    code,
    ...(extensions[0] ?? {}),
  } as ProblemDocument
}

/**
 * A `fetch` that answers the routes of `@sesame/core/wire` under `/auth` with the answers given,
 * each a wire response body or a problem document; every other route is a `not_found` problem.
 */
export function wireServer(answers: Answers) {
  const calls: WireCall[] = []
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    init.signal?.throwIfAborted()
    const path = String(input).replace(/^\/auth/, '')
    const method = init.method ?? 'GET'
    const route = (Object.keys(ROUTES) as RouteName[]).find(
      (name) => ROUTES[name].path === path && ROUTES[name].method === method,
    )
    const body =
      typeof init.body === 'string' ? (JSON.parse(init.body) as Record<string, unknown>) : {}
    const answer = route ? answers[route] : undefined
    if (!route || !answer) return respond({ problem: problemDocument('not_found') })
    calls.push({ route, body, headers: { ...(init.headers as Record<string, string>) } })
    return respond((answer as (body: Record<string, unknown>) => WireAnswer<RouteName>)(body))
  }
  return { fetch: fetch as typeof globalThis.fetch, calls }
}

function respond(answer: WireAnswer<RouteName>): Response {
  if ('problem' in answer) {
    const headers: Record<string, string> = { 'content-type': 'application/problem+json' }
    const { problem } = answer
    if ('retryAfter' in problem) headers['retry-after'] = String(problem.retryAfter)
    return new Response(JSON.stringify(problem), { status: problem.status, headers })
  }
  return new Response(JSON.stringify(answer.body), {
    status: answer.status ?? 200,
    headers: { 'content-type': 'application/json' },
  })
}

/** A shorthand for a problem answer. */
export function refuse<Code extends ProblemCode>(
  code: Code,
  ...extensions: Extensions<Code>
): { problem: ProblemDocument } {
  return { problem: problemDocument(code, ...extensions) }
}
