/**
 * `@sesame/server/node`: the handler over Node's own request and response objects, as the Express
 * and Fastify bindings use it (no `Request` built per call), and `toNodeHandler` for a bare
 * `http.createServer`. Typed by shape: nothing here imports `node:http`.
 *
 * @packageDocumentation
 */

import type { ProblemCode } from '@sesame/core/wire'
import { mountedPath } from '../fetch'
import type { SesameHandler } from '../handler'
import type { ServerCatalogue } from '../locales/types'
import { type LocaleOptions, problemResponse, requestCatalogue, requestLocale } from '../problems'
import type { BodyStream, RequestBody, SesameRequest, SesameResponse } from '../request'

/** The part of Node's `IncomingMessage` the binding reads. */
export interface NodeRequestLike {
  /** HTTP method. */
  readonly method?: string | undefined
  /** Raw request target (path and query). */
  readonly url?: string | undefined
  /** Headers by lower-case name. */
  readonly headers: Readonly<Record<string, string | readonly string[] | undefined>>
  /** The connection, for its remote address. */
  readonly socket?: { readonly remoteAddress?: string | undefined } | null | undefined
  /** Registers a stream listener. */
  on(event: 'data' | 'end' | 'error', listener: (chunk: Uint8Array) => void): unknown
  /** Removes a stream listener. */
  off(event: 'data' | 'end' | 'error', listener: (chunk: Uint8Array) => void): unknown
  /** Resumes (or drains) the stream. */
  resume(): unknown
  /** True once the body has been read to its end. */
  readonly readableEnded?: boolean
}

/** The part of Node's `ServerResponse` the binding writes. */
export interface NodeResponseLike {
  /** Status to send. */
  statusCode: number
  /** True once the head is sent. */
  readonly headersSent: boolean
  /** Sets a header. */
  setHeader(name: string, value: string | readonly string[]): unknown
  /** Reads a header already set (a session cookie written by the app). */
  getHeader(name: string): number | string | readonly string[] | undefined
  /** Ends the response. */
  end(chunk?: Uint8Array): unknown
}

/** What the binding knows beside the Node request. */
export interface NodeRequestOptions {
  /** The path relative to the mount point (e.g. Express's `req.path`). */
  readonly path: string
  /** The client's address (Express's `req.ip`, Fastify's `request.ip`). */
  readonly clientAddress?: string | undefined
  /** The body as the framework already read it (an upstream parser's value, bytes); else the stream is read. */
  readonly body?: RequestBody | undefined
  /** The binding's own objects, for adapters. */
  readonly native?: unknown
}

/** A Node readable stream as the server reads it: chunks queued as they come, drained when discarded. */
export function nodeBodyStream(stream: NodeRequestLike): BodyStream {
  const chunks: Uint8Array[] = []
  let ended = stream.readableEnded === true
  let failure: unknown
  let wake: (() => void) | undefined
  let attached = false
  const onData = (chunk: Uint8Array): void => {
    chunks.push(chunk)
    wake?.()
  }
  const onEnd = (): void => {
    ended = true
    wake?.()
  }
  const onError = (error: unknown): void => {
    failure = error ?? new Error('request stream failed')
    ended = true
    wake?.()
  }
  const detach = (): void => {
    stream.off('data', onData)
    stream.off('end', onEnd)
    stream.off('error', onError as (chunk: Uint8Array) => void)
  }
  return {
    async read() {
      if (!attached && !ended) {
        attached = true
        stream.on('data', onData)
        stream.on('end', onEnd)
        stream.on('error', onError as (chunk: Uint8Array) => void)
      }
      while (chunks.length === 0 && !ended) {
        await new Promise<void>((resolve) => {
          wake = resolve
        })
        wake = undefined
      }
      const chunk = chunks.shift()
      if (chunk !== undefined) return chunk
      detach()
      if (failure !== undefined) throw failure
      return null
    },
    discard() {
      detach()
      chunks.length = 0
      stream.resume()
    },
  }
}

function joined(value: string | readonly string[] | undefined): string | undefined {
  return typeof value === 'string' || value === undefined ? value : value.join(', ')
}

/** A Node request as the transport-neutral request. */
export function fromNodeRequest(req: NodeRequestLike, options: NodeRequestOptions): SesameRequest {
  const headers: Record<string, string | undefined> = {}
  for (const [name, value] of Object.entries(req.headers)) headers[name] = joined(value)
  const body: RequestBody = options.body ?? { kind: 'stream', stream: nodeBodyStream(req) }
  return {
    method: (req.method ?? 'GET').toUpperCase(),
    path: options.path,
    headers,
    body,
    clientAddress: options.clientAddress ?? req.socket?.remoteAddress ?? undefined,
    native: options.native,
  }
}

const encoder = new TextEncoder()

/** Writes a transport-neutral response on a Node response, keeping any cookie the app set. */
export function writeNodeResponse(res: NodeResponseLike, response: SesameResponse): void {
  if (res.headersSent) return
  res.statusCode = response.status
  for (const [name, value] of Object.entries(response.headers)) {
    if (name === 'set-cookie') {
      const current = res.getHeader(name)
      const before = current === undefined ? [] : [String(current)].flat()
      res.setHeader(name, [...before, ...[value].flat()])
    } else res.setHeader(name, value)
  }
  const payload = response.body === null ? undefined : encoder.encode(response.body)
  res.setHeader('content-length', String(payload?.byteLength ?? 0))
  res.end(payload)
}

/**
 * The catalogue of a Node request's problems and labels, negotiated from its `Accept-Language`
 * (or from `explicit`, a tag the app chose) among the offered catalogues.
 */
export function nodeRequestCatalogue(
  req: Pick<NodeRequestLike, 'headers'>,
  explicit?: string,
  locales: LocaleOptions = {},
): ServerCatalogue {
  const header = explicit ?? req.headers['accept-language']
  const value = typeof header === 'string' ? header : undefined
  return requestCatalogue({ headers: { 'accept-language': value } }, locales)
}

/**
 * Answers an `application/problem+json` response for `code` on a Node response, titled in the
 * request's language, with `Cache-Control: no-store` and `Content-Language`; `headers` are added
 * (e.g. `Retry-After`). For an app's own routes beside the handler's.
 */
export function sendProblem(
  req: Pick<NodeRequestLike, 'headers'>,
  res: NodeResponseLike,
  code: ProblemCode,
  extensions: Readonly<Record<string, unknown>> = {},
  headers: Readonly<Record<string, string>> = {},
): void {
  writeNodeResponse(res, problemResponse(code, nodeRequestCatalogue(req), extensions, headers))
}

/** The path of a raw request target without its query string. */
export function pathOf(url: string | undefined): string {
  const target = url ?? '/'
  const end = target.search(/[?#]/)
  return end === -1 ? target : target.slice(0, end)
}

/**
 * A `(req, res)` listener for a bare `http.createServer`, answering every request with the handler
 * (the handler's `basePath` stripped from the path).
 */
export function toNodeHandler(
  handler: SesameHandler,
  options: { readonly basePath?: string } = {},
): (req: NodeRequestLike, res: NodeResponseLike) => Promise<void> {
  const base = options.basePath ?? ''
  return async (req, res) => {
    const full = pathOf(req.url)
    const path = mountedPath(full, base)
    const request = fromNodeRequest(req, { path: path ?? full, native: { req, res } })
    if (path === null) {
      req.resume()
      writeNodeResponse(res, problemResponse('not_found', requestLocale(request)))
      return
    }
    writeNodeResponse(res, await handler.handle(request))
  }
}
