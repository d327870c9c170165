import type { RequestListener } from 'node:http'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

/** One HTTP answer, with the client-side latency in milliseconds. */
export interface Reply {
  status: number
  headers: http.IncomingHttpHeaders
  body: Buffer
  ms: number
}

/** What a request may carry: raw headers and a raw body, so that tests can send anything. */
export interface Outgoing {
  headers?: Record<string, string>
  body?: string | Buffer
}

/** A listening app and a keep-alive client bound to it. */
export interface Served {
  url: string
  request(method: string, path: string, outgoing?: Outgoing): Promise<Reply>
  close(): Promise<void>
}

/** Listens on an ephemeral port and returns a keep-alive client (one socket pool per server). */
export async function serve(app: RequestListener, maxSockets = 64): Promise<Served> {
  const server = http.createServer(app)
  server.keepAliveTimeout = 30_000
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const agent = new http.Agent({ keepAlive: true, maxSockets })
  const request = (method: string, path: string, outgoing: Outgoing = {}): Promise<Reply> =>
    new Promise((resolve, reject) => {
      const started = process.hrtime.bigint()
      const req = http.request(
        { host: '127.0.0.1', port, method, path, agent, headers: outgoing.headers },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (chunk: Buffer) => chunks.push(chunk))
          res.on('error', reject)
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: Buffer.concat(chunks),
              ms: Number(process.hrtime.bigint() - started) / 1e6,
            }),
          )
        },
      )
      req.on('error', reject)
      req.end(outgoing.body)
    })
  return {
    url: `http://127.0.0.1:${port}`,
    request,
    async close() {
      agent.destroy()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

/** `request` for a JSON body. */
export function postJson(
  served: Served,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
) {
  return served.request('POST', path, {
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
}
