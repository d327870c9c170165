/**
 * A request body as the binding received it. The server reads and bounds it (one implementation of
 * the limits, the content type, the charset and the BOM for every binding).
 */
export type RequestBody =
  | { readonly kind: 'none' }
  | {
      /** An upstream parser (e.g. `express.json()`) already turned the body into a value. */
      readonly kind: 'parsed'
      readonly value: unknown
    }
  | { readonly kind: 'bytes'; readonly bytes: Uint8Array }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'stream'; readonly stream: BodyStream }

/** A body still arriving: read chunk by chunk, so that the server can stop at its limit. */
export interface BodyStream {
  /** The next chunk, or null at the end; rejects when the connection fails. */
  read(): Promise<Uint8Array | null>
  /** Stops reading: the rest is drained and dropped, so that the client can read the answer. */
  discard(): void
}

/** The transport-neutral request every flow works on. */
export interface SesameRequest {
  /** Upper-case HTTP method. */
  readonly method: string
  /** The path relative to the mount point, starting with `/`, without the query string. */
  readonly path: string
  /** Header values by lower-case name (repeated headers joined with `, `). */
  readonly headers: Readonly<Record<string, string | undefined>>
  /** The body, as received. */
  readonly body: RequestBody
  /** The client's address as the binding knows it (proxy settings applied), if it does. */
  readonly clientAddress?: string | undefined
  /** The binding's own request objects (Express `{ req, res }`, the fetch `Request`...), for adapters. */
  readonly native?: unknown
}

/** The transport-neutral response a flow answers; every binding writes it as is. */
export interface SesameResponse {
  /** HTTP status. */
  readonly status: number
  /** Headers by lower-case name; `set-cookie` may hold several values. */
  readonly headers: Readonly<Record<string, string | readonly string[]>>
  /** The serialised JSON body, or null (304, HEAD). */
  readonly body: string | null
}

/** Response headers a sign-in adapter may add to (a session cookie). */
export interface ResponseHeaders {
  /** Sets a header, replacing any value. */
  set(name: string, value: string): void
  /** Adds a value (e.g. one more `Set-Cookie`). */
  append(name: string, value: string): void
}
