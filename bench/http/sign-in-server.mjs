// Sign-in flood server (child process): @sesame/server under node:http with real argon2id (OWASP
// parameters) and scrypt hashes (a migrated account's), its event-loop delay monitored. Usage: node sign-in-server.mjs [--concurrency N]

import { randomBytes, scryptSync } from 'node:crypto'
import http from 'node:http'
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks'
import { presets } from '@sesame/core'
import { createResetTokens } from '@sesame/core/tokens'
import { createHandler, memoryStore } from '@sesame/server'
import { argon2Hasher, hashPassword } from '@sesame/server/hashing'
import { toNodeHandler } from '@sesame/server/node'

const PASSWORD = 'Juste-m0t2passe!'
const at = process.argv.indexOf('--concurrency')
const concurrency = at === -1 ? undefined : Number(process.argv[at + 1])
const b64 = (bytes) => bytes.toString('base64').replace(/=+$/, '')
// passlib's PHC form, N = 2^14 (16 MiB), as a migrated portal may hold.
function scryptHash(password) {
  const salt = randomBytes(16)
  const key = scryptSync(password, salt, 32, { N: 2 ** 14, r: 8, p: 1 })
  return `$scrypt$ln=14,r=8,p=1$${b64(salt)}$${b64(key)}`
}
const accounts = [
  { id: 'a1', email: 'argon2@example.fr', hash: await hashPassword(PASSWORD) },
  { id: 's1', email: 'scrypt@example.fr', hash: scryptHash(PASSWORD) },
]
const tokens = createResetTokens({
  keys: [{ kid: 'bench', secret: 'bench-secret-bench-secret-bench-secret-0123' }],
  ttl: '30m',
  issuer: 'https://portal.example',
  audience: 'password-reset',
})
const handler = createHandler({
  policy: presets.classic,
  tokens,
  users: {
    findByEmail: async (email) => accounts.find((a) => a.email === email) ?? null,
    findById: async (id) => accounts.find((a) => a.id === id) ?? null,
    credentialState: (a) => a.hash,
    setPassword: () => undefined,
    passwordHash: (a) => a.hash,
    signIn: () => undefined,
  },
  sendEmail: () => undefined,
  resetUrl: 'https://portal.example/reset-password',
  store: memoryStore({ maxEntries: 1_000_000 }),
  hasher: argon2Hasher(),
  // The flood comes from one address and keeps guessing: counters off, so hashing is what it costs.
  throttle: { address: false, account: false },
  clientAddress: () => '127.0.0.1',
  // `--concurrency N` overrides the default bound on hashes at once, to compare.
  ...(concurrency ? { hashing: { concurrency } } : {}),
})
const { token } = await tokens.issue({ subject: 'a1', state: accounts[0].hash })
const server = http.createServer(toNodeHandler(handler))
server.keepAliveTimeout = 30_000
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
const delay = monitorEventLoopDelay({ resolution: 5 })
delay.enable()
// Garbage-collection pauses, to tell the collector's stalls from the handler's.
const gc = { maxMs: 0, totalMs: 0, count: 0, kind: '' }
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    gc.count += 1
    gc.totalMs += entry.duration
    if (entry.duration > gc.maxMs) {
      gc.maxMs = entry.duration
      gc.kind = String(entry.detail?.kind ?? '')
    }
  }
}).observe({ entryTypes: ['gc'] })
process.on('message', (message) => {
  if (message === 'reset') {
    delay.reset()
    Object.assign(gc, { maxMs: 0, totalMs: 0, count: 0, kind: '' })
    process.send({ reset: true })
  } else if (message === 'report') {
    process.send({ maxMs: delay.max / 1e6, p99Ms: delay.percentile(99) / 1e6, gc: { ...gc } })
  } else if (message === 'stop') {
    server.closeAllConnections()
    server.close(() => process.exit(0))
  }
})
process.send({ port: server.address().port, token })
