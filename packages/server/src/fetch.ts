import type { BodyStream, SesameRequest, SesameResponse } from './request'

/** Most bytes read and dropped from a refused upload before it is cancelled outright. */
const DRAIN_LIMIT = 1024 * 1024

/** A Web `ReadableStream` body as the server reads it. */
export function webBodyStream(stream: ReadableStream<Uint8Array>): BodyStream {
  const reader = stream.getReader()
  return {
    async read() {
      const { done, value } = await reader.read()
      return done ? null : value
    },
    discard() {
      // Drained, not cancelled at once: on Node servers a cancel resets the socket before the answer.
      const drain = async (left: number): Promise<void> => {
        if (left <= 0) return reader.cancel()
        const { done, value } = await reader.read()
        if (!done) return drain(left - value.byteLength)
      }
      drain(DRAIN_LIMIT).catch(() => undefined)
    },
  }
}

/** The path relative to `basePath`, or null when the URL is not under it. */
export function mountedPath(pathname: string, basePath: string): string | null {
  if (basePath === '') return pathname
  if (pathname === basePath) return '/'
  return pathname.startsWith(`${basePath}/`) ? pathname.slice(basePath.length) : null
}

/** A fetch `Request` as the transport-neutral request (the body is read later, bounded). */
export function fromFetchRequest(
  request: Request,
  path: string,
  clientAddress: string | undefined,
): SesameRequest {
  const headers: Record<string, string> = {}
  request.headers.forEach((value, name) => {
    headers[name] = value
  })
  return {
    method: request.method.toUpperCase(),
    path,
    headers,
    body:
      request.body === null
        ? { kind: 'none' }
        : { kind: 'stream', stream: webBodyStream(request.body) },
    clientAddress,
    native: request,
  }
}

/** The transport-neutral response as a fetch `Response`. */
export function toFetchResponse(response: SesameResponse): Response {
  const headers = new Headers()
  for (const [name, value] of Object.entries(response.headers)) {
    if (typeof value === 'string') headers.set(name, value)
    else for (const item of value) headers.append(name, item)
  }
  return new Response(response.body, { status: response.status, headers })
}
