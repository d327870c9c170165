// Benchmark server (child process): a bare express.json() endpoint and the Sesame routes, side by side.
import { presets } from '@sesame/core'
import { createResetTokens } from '@sesame/core/tokens'
import { memoryStore, passwordReset } from '@sesame/express'
import express from 'express'

const tokens = createResetTokens({
  keys: [{ kid: 'bench', secret: 'bench-secret-bench-secret-bench-secret-0123' }],
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

const app = express()
app.post('/bare', express.json(), (req, res) => {
  res.json({ status: 'accepted', email: typeof req.body?.email })
})
app.use(
  '/auth',
  passwordReset({
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
    resetUrl: { origin: 'https://portal.example' },
    store: memoryStore(),
    // Limits stay on (their counting is part of the cost) but high enough never to trigger.
    rateLimit: {
      email: { max: 1e9, windowMs: 15 * 60_000 },
      ip: { max: 1e9, windowMs: 15 * 60_000 },
    },
    queue: { concurrency: 8, maxPending: 100_000 },
  }),
)

const { token } = await tokens.issue({ subject: user.id, state: user.passwordHash })
const server = app.listen(0, '127.0.0.1', () => {
  process.send?.({ port: server.address().port, token })
})
process.on('message', (message) => {
  if (message === 'stats') process.send?.({ emailsSent })
  if (message === 'stop') server.close(() => process.exit(0))
})
