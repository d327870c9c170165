// The behaviour suite over the Fetch handler, as every Fetch runtime mounts it: Hono 4 on
// @hono/node-server, a bare node:http server around handler.fetch, Next.js App Router route
// exports, and toNodeHandler. Express and Fastify run the same suite in their own packages.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { describe, it } from 'vitest'
import { createHandler, type HandlerOptions, type SesameHandler } from '../src/index'
import { toNodeHandler } from '../src/node/index'
import { type BindingHarness, bindingSuite, type SuiteUser } from '../src/testing/index'

const forwardedFor = (request: Request) =>
  request.headers.get('x-forwarded-for')?.split(',')[0]?.trim()

async function listen(server: http.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

function started(server: http.Server, url: string, handler: SesameHandler) {
  return {
    url,
    drain: () => handler.drain(),
    async close() {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await handler.shutdown()
    },
  }
}

// A Request from Node's IncomingMessage, as any fetch-based server adapter builds it.
function toRequest(req: http.IncomingMessage, origin: string): Request {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value)
  }
  const method = req.method ?? 'GET'
  const body =
    method === 'GET' || method === 'HEAD'
      ? null
      : (Readable.toWeb(req) as ReadableStream<Uint8Array>)
  return new Request(new URL(req.url ?? '/', origin), {
    method,
    headers,
    body,
    duplex: 'half',
  } as RequestInit)
}

async function writeResponse(res: http.ServerResponse, response: Response): Promise<void> {
  res.statusCode = response.status
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value)
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length > 0) res.setHeader('set-cookie', cookies)
  res.end(Buffer.from(await response.arrayBuffer()))
}

// A server whose every request goes through `answer(request)`: a Fetch runtime on Node.
async function fetchServer(
  options: HandlerOptions<SuiteUser>,
  mount: string,
  answer: (handler: SesameHandler, request: Request) => Promise<Response>,
) {
  const handler = createHandler({ ...options, basePath: mount, clientAddress: forwardedFor })
  let origin = ''
  const server = http.createServer((req, res) => {
    answer(handler, toRequest(req, origin)).then((response) => writeResponse(res, response))
  })
  origin = await listen(server)
  return started(server, origin, handler)
}

const harnesses: Record<string, BindingHarness> = {
  'Hono 4 (@hono/node-server)': {
    async start(options, { mount }) {
      const handler = createHandler({ ...options, basePath: mount })
      const app = new Hono()
      app.all(`${mount}/*`, (c) =>
        handler.fetch(c.req.raw, { clientAddress: c.req.header('x-forwarded-for') }),
      )
      const server = await new Promise<http.Server>((resolve) => {
        const running = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () =>
          resolve(running as http.Server),
        )
      })
      return started(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`, handler)
    },
  },
  'handler.fetch under node:http': {
    start: (options, { mount }) =>
      fetchServer(options, mount, (handler, request) => handler.fetch(request)),
  },
  'Next.js App Router route exports (GET/POST)': {
    start: (options, { mount }) =>
      fetchServer(options, mount, (handler, request) => {
        // app/auth/[...sesame]/route.ts: export const GET = (req: Request) => handler.fetch(req)
        const GET = (req: Request) => handler.fetch(req)
        const POST = (req: Request) => handler.fetch(req)
        const exports: Record<string, (req: Request) => Promise<Response>> = {
          GET,
          POST,
          HEAD: GET,
          PUT: POST,
        }
        return (exports[request.method] ?? POST)(request)
      }),
  },
  'toNodeHandler under node:http': {
    async start(options, { mount }) {
      const handler = createHandler(options)
      const listener = toNodeHandler(handler, { basePath: mount })
      const server = http.createServer((req, res) => {
        // The suite plays a trusted proxy: the address comes from X-Forwarded-For.
        const forwarded = String(req.headers['x-forwarded-for'] ?? '')
          .split(',')[0]
          ?.trim()
        if (forwarded)
          Object.defineProperty(req.socket, 'remoteAddress', {
            value: forwarded,
            configurable: true,
          })
        listener(req, res)
      })
      return started(server, await listen(server), handler)
    },
  },
}

for (const [name, harness] of Object.entries(harnesses)) {
  describe(`binding suite: ${name}`, () => {
    for (const check of bindingSuite(harness)) it(check.name, check.run)
  })
}
