import { connect } from 'node:net'

/** One HTTP/1.1 answer read off a raw socket. */
export interface RawReply {
  /** Status code. */
  readonly status: number
  /** Headers by lower-case name (repeated ones joined with `, `, `set-cookie` kept apart). */
  readonly headers: Readonly<Record<string, string>>
  /** Every `Set-Cookie` value. */
  readonly cookies: readonly string[]
  /** The body, decoded from UTF-8 (chunked transfer decoded). */
  readonly text: string
  /** The body parsed as JSON, or undefined. */
  readonly json: unknown
}

/** What {@link rawRequest} sends: anything a client could, Host header and broken bodies included. */
export interface RawRequest {
  readonly method: string
  readonly path: string
  readonly headers?: Readonly<Record<string, string>>
  readonly body?: string | Uint8Array
  /** Send the body with `Transfer-Encoding: chunked` and never finish it. */
  readonly unfinished?: boolean
}

function parseHead(head: string): {
  status: number
  headers: Record<string, string>
  cookies: string[]
} {
  const [statusLine = '', ...lines] = head.split('\r\n')
  const status = Number(statusLine.split(' ')[1])
  const headers: Record<string, string> = {}
  const cookies: string[] = []
  for (const line of lines) {
    const at = line.indexOf(':')
    const name = line.slice(0, at).trim().toLowerCase()
    const value = line.slice(at + 1).trim()
    if (name === 'set-cookie') cookies.push(value)
    headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`
  }
  return { status, headers, cookies }
}

function dechunk(bytes: Buffer): Buffer | null {
  const parts: Buffer[] = []
  let offset = 0
  for (;;) {
    const end = bytes.indexOf('\r\n', offset)
    if (end === -1) return null
    const size = Number.parseInt(bytes.subarray(offset, end).toString('latin1'), 16)
    if (Number.isNaN(size)) return null
    if (size === 0) return Buffer.concat(parts)
    if (bytes.length < end + 2 + size + 2) return null
    parts.push(bytes.subarray(end + 2, end + 2 + size))
    offset = end + 2 + size + 2
  }
}

/**
 * Sends one request over a fresh TCP connection and reads the answer (by `Content-Length`,
 * chunked encoding, or until the server closes), with a timeout.
 */
export function rawRequest(
  origin: string,
  request: RawRequest,
  timeoutMs = 10_000,
): Promise<RawReply> {
  const url = new URL(origin)
  return new Promise((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname)
    let buffer: Buffer = Buffer.alloc(0)
    let done = false
    const timer = setTimeout(
      () => finish(new Error(`no answer to ${request.method} ${request.path}`)),
      timeoutMs,
    )
    const finish = (error?: Error): void => {
      if (done) return
      const split = buffer.indexOf('\r\n\r\n')
      if (error === undefined && split === -1)
        error = new Error('connection closed without an answer')
      done = true
      clearTimeout(timer)
      socket.destroy()
      if (error) {
        reject(error)
        return
      }
      const head = parseHead(buffer.subarray(0, split).toString('latin1'))
      let body: Buffer = buffer.subarray(split + 4)
      if (/chunked/i.test(head.headers['transfer-encoding'] ?? '')) body = dechunk(body) ?? body
      const text = body.toString('utf8')
      let json: unknown
      try {
        json = JSON.parse(text)
      } catch {
        json = undefined
      }
      resolve({ ...head, text, json })
    }
    const complete = (): boolean => {
      const split = buffer.indexOf('\r\n\r\n')
      if (split === -1) return false
      const head = parseHead(buffer.subarray(0, split).toString('latin1'))
      const body = buffer.subarray(split + 4)
      if (request.method === 'HEAD' || head.status === 304 || head.status === 204) return true
      const length = head.headers['content-length']
      if (length !== undefined) return body.length >= Number(length)
      if (/chunked/i.test(head.headers['transfer-encoding'] ?? '')) return dechunk(body) !== null
      return false
    }
    socket.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk])
      if (complete()) finish()
    })
    socket.on('end', () => finish())
    socket.on('error', (error) => (buffer.indexOf('\r\n\r\n') === -1 ? finish(error) : finish()))
    socket.on('connect', () => {
      const body = request.body === undefined ? Buffer.alloc(0) : Buffer.from(request.body)
      const headers: Record<string, string> = {
        host: url.host,
        connection: 'close',
        ...request.headers,
      }
      if (request.unfinished) headers['transfer-encoding'] = 'chunked'
      else if (request.body !== undefined && headers['content-length'] === undefined) {
        headers['content-length'] = String(body.length)
      }
      const head = `${request.method} ${request.path} HTTP/1.1\r\n${Object.entries(headers)
        .map(([name, value]) => `${name}: ${value}`)
        .join('\r\n')}\r\n\r\n`
      socket.write(head)
      if (request.unfinished)
        socket.write(`${body.length.toString(16)}\r\n${body.toString('latin1')}\r\n`)
      else socket.write(body)
    })
  })
}
