// Benchmark server (child process): one binding of @sesame/server and a bare JSON endpoint of the
// same framework, side by side. Usage: node server.mjs <express|fastify|hono|fetch>
import { serve } from '@hono/node-server'
import { presets } from '@sesame/core'
import { createResetTokens } from '@sesame/core/tokens'
import { passwordReset } from '@sesame/express'
import { sesame } from '@sesame/fastify'
import { createHandler, memoryStore } from '@sesame/server'
import express from 'express'
import Fastify from 'fastify'
import { Hono } from 'hono'
import { jwtVerify } from 'jose'

const binding = process.argv[2] ?? 'express'
const SECRET = 'bench-secret-bench-secret-bench-secret-0123'
const tokens = createResetTokens({
  keys: [{ kid: 'bench', secret: SECRET }],
  ttl: '30m',
  issuer: 'https://portal.example',
  audience: 'password-reset',
})
const user = {
  id: 'u1',
  email: 'known@example.fr',
  passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$x$y',
}
let emailsSent = 0
const options = {
  policy: presets.classic,
  tokens,
  users: {
    findByEmail: async (email) => (email === user.email ? user : null),
    findById: async (id) => (id === user.id ? user : null),
    credentialState: (u) => u.passwordHash,
    setPassword: () => undefined,
  },
  sendResetEmail: async () => {
    emailsSent += 1
  },
  resetUrl: 'https://portal.example/reset-password',
  store: memoryStore({ maxEntries: 1_000_000 }),
  // Limits stay on (their counting is part of the cost) but high enough never to trigger.
  rateLimit: {
    email: { max: 1e9, windowMs: 15 * 60_000 },
    ip: { max: 1e9, windowMs: 15 * 60_000 },
  },
  queue: { concurrency: 8, maxPending: 100_000 },
}
const bareBody = async (body) => ({ status: 'accepted', email: typeof body?.email })
// The framework's bare endpoint plus raw jose's jwtVerify of the same token (an imported CryptoKey
// of the same secret, same issuer, audience and typ): what a token route costs before any of
// Sesame's own work (its claim checks, the state digest, the account lookup).
const joseKey = await crypto.subtle.importKey(
  'raw',
  new TextEncoder().encode(SECRET),
  { name: 'HMAC', hash: 'SHA-256' },
  false,
  ['verify'],
)
const bareJose = async (body) => {
  const { payload } = await jwtVerify(String(body?.token), joseKey, {
    algorithms: ['HS256'],
    issuer: 'https://portal.example',
    audience: 'password-reset',
    typ: 'sesame-reset+jwt',
  })
  return { valid: true, expiresAt: payload.exp }
}

async function start() {
  if (binding === 'express') {
    const app = express()
    app.post('/bare', express.json(), async (req, res) => {
      res.json(await bareBody(req.body))
    })
    app.post('/bare-jose', express.json(), async (req, res) => {
      res.json(await bareJose(req.body))
    })
    const router = passwordReset(options)
    app.use('/auth', router)
    const server = app.listen(0, '127.0.0.1')
    await new Promise((resolve) => server.once('listening', resolve))
    return { port: server.address().port, close: () => server.close() }
  }
  if (binding === 'fastify') {
    const app = Fastify()
    app.post('/bare', async (request) => bareBody(request.body))
    app.post('/bare-jose', async (request) => bareJose(request.body))
    await app.register(sesame, { prefix: '/auth', handler: createHandler(options) })
    await app.listen({ port: 0, host: '127.0.0.1' })
    return { port: app.server.address().port, close: () => app.close() }
  }
  const handler = createHandler({ ...options, basePath: '/auth', clientAddress: () => '127.0.0.1' })
  let fetch
  if (binding === 'hono') {
    const app = new Hono()
    app.post('/bare', async (c) => c.json(await bareBody(await c.req.json())))
    app.post('/bare-jose', async (c) => c.json(await bareJose(await c.req.json())))
    app.all('/auth/*', (c) => handler.fetch(c.req.raw))
    fetch = app.fetch
  } else {
    // A bare fetch handler under node:http (@hono/node-server is the fetch → node:http bridge).
    fetch = async (request) => {
      const { pathname } = new URL(request.url)
      if (pathname === '/bare') return Response.json(await bareBody(await request.json()))
      if (pathname === '/bare-jose') return Response.json(await bareJose(await request.json()))
      return handler.fetch(request)
    }
  }
  const server = await new Promise((resolve) => {
    const running = serve({ fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(running))
  })
  return { port: server.address().port, close: () => server.close() }
}

const running = await start()
const { token } = await tokens.issue({ subject: user.id, state: user.passwordHash })
process.send?.({ port: running.port, token })
process.on('message', (message) => {
  if (message === 'stats') process.send?.({ emailsSent })
  if (message === 'stop') {
    running.close()
    process.exit(0)
  }
})
