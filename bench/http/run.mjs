// HTTP benchmark: for each binding of @sesame/server (Express, Fastify, Hono on @hono/node-server,
// the bare fetch handler under node:http), POST /forgot-password (known and unknown emails) and
// POST /reset-password/verify against a bare JSON endpoint of the same framework, same server
// process, same run. Usage: node bench/http/run.mjs [--duration 5] [--connections 10]
// [--bindings express,fastify,hono,fetch]   (build the packages first)
import { fork } from 'node:child_process'
import http from 'node:http'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '5' },
    connections: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '2' },
    json: { type: 'boolean', default: false },
    bindings: { type: 'string', default: 'express,fastify,hono,fetch' },
  },
})
const duration = Number(values.duration)
const connections = Number(values.connections)
const rounds = Number(values.rounds)

const bindings = values.bindings.split(',').map((name) => name.trim())
const report = { duration, connections, rounds, bindings: {} }
for (const binding of bindings) report.bindings[binding] = await measureBinding(binding)

async function measureBinding(binding) {
  const child = fork(fileURLToPath(new URL('./server.mjs', import.meta.url)), [binding], {
    stdio: 'inherit',
  })
  const { port, token } = await new Promise((resolve) => child.once('message', resolve))
  const base = `http://127.0.0.1:${port}`

  const cases = [
    { name: 'bare JSON endpoint', path: '/bare', body: { email: 'known@example.fr' } },
    {
      name: 'forgot-password (known)',
      path: '/auth/forgot-password',
      body: { email: 'known@example.fr' },
    },
    {
      name: 'forgot-password (unknown)',
      path: '/auth/forgot-password',
      body: { email: 'unknown@example.fr' },
    },
    { name: 'reset-password/verify', path: '/auth/reset-password/verify', body: { token } },
    { name: 'bare + jose jwtVerify (reference)', path: '/bare-jose', body: { token } },
  ]

  const agent = new http.Agent({ keepAlive: true, maxSockets: connections })

  function post(path, body) {
    return new Promise((resolve, reject) => {
      const started = process.hrtime.bigint()
      const req = http.request(
        `${base}${path}`,
        {
          method: 'POST',
          agent,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
          },
        },
        (res) => {
          res.resume()
          res.on('end', () => resolve(Number(process.hrtime.bigint() - started) / 1e6))
        },
      )
      req.on('error', reject)
      req.end(body)
    })
  }

  async function alternate(ms) {
    const bodies = {
      known: JSON.stringify({ email: 'known@example.fr' }),
      unknown: JSON.stringify({ email: 'unknown@example.fr' }),
    }
    const latencies = { known: [], unknown: [] }
    const end = Date.now() + ms
    await Promise.all(
      Array.from({ length: connections }, async (_, worker) => {
        for (let i = worker; Date.now() < end; i += 1) {
          const kind = i % 2 === 0 ? 'known' : 'unknown'
          latencies[kind].push(await post('/auth/forgot-password', bodies[kind]))
        }
      }),
    )
    agent.destroy()
    return latencies
  }

  function run(target, seconds) {
    return autocannon({
      url: base + target.path,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(target.body),
      connections,
      duration: seconds,
    })
  }

  // Warm up every route (JIT, caches) before measuring.
  for (const target of cases) await run(target, 1)

  // Rounds interleave the routes, so that load from other processes hits every route alike;
  // each route keeps its median round.
  const samples = new Map(cases.map((target) => [target.name, []]))
  for (let round = 0; round < rounds; round += 1) {
    for (const target of cases) {
      const result = await run(target, duration)
      samples.get(target.name).push({
        name: target.name,
        requestsPerSecond: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        errors: result.errors + result.timeouts + result.non2xx,
      })
    }
  }
  const median = (list) =>
    list.toSorted((a, b) => a.requestsPerSecond - b.requestsPerSecond)[
      Math.floor((list.length - 1) / 2)
    ]
  const results = cases.map((target) => median(samples.get(target.name)))

  // Known vs unknown latency: one client alternating the two emails on the same connections, so
  // both see the same load; timed per request with hrtime (autocannon only gives whole-ms buckets).
  const latencies = await alternate(duration * 1000)

  child.send('stats')
  const stats = await new Promise((resolve) => child.once('message', resolve))
  child.send('stop')
  await new Promise((resolve) => child.once('exit', resolve))

  const pct = (sorted, p) =>
    sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
  const knownLatency = latencies.known.toSorted((a, b) => a - b)
  const unknownLatency = latencies.unknown.toSorted((a, b) => a - b)
  const timing = {
    known: { count: knownLatency.length, p50: pct(knownLatency, 50), p99: pct(knownLatency, 99) },
    unknown: {
      count: unknownLatency.length,
      p50: pct(unknownLatency, 50),
      p99: pct(unknownLatency, 99),
    },
  }
  return { results, timing, emailsSent: stats.emailsSent }
}

// Targets of issue 14: each binding ≥ 80% of its framework's bare endpoint (Express, Fastify), and
// the fetch handler under node:http within 1.5× of the Express binding. Hono has no target: its rows
// are reported only.
const rps = (binding, name) =>
  report.bindings[binding]?.results.find((result) => result.name === name)?.requestsPerSecond
const checks = []
for (const binding of bindings.filter((name) => name === 'express' || name === 'fastify')) {
  const bare = rps(binding, 'bare JSON endpoint')
  for (const name of [
    'forgot-password (known)',
    'forgot-password (unknown)',
    'reset-password/verify',
  ]) {
    checks.push([`${binding}: ${name} ≥ 80% of bare (issue 14)`, rps(binding, name) / bare, 0.8])
  }
}
if (report.bindings.express && report.bindings.fetch) {
  for (const name of ['forgot-password (known)', 'reset-password/verify']) {
    // Within 1.5×: at least two thirds of the Express binding's throughput.
    checks.push([
      `fetch vs express: ${name} within 1.5× (issue 14)`,
      rps('fetch', name) / rps('express', name),
      1 / 1.5,
    ])
  }
}
report.checks = checks.map(([label, ratio, target]) => ({
  label,
  ratio,
  target,
  pass: ratio >= target,
}))

if (values.json) {
  console.log(JSON.stringify(report, null, 2))
} else {
  console.log(
    `\n${connections} connections, ${rounds} × ${duration} s per route (median round), node ${process.version}`,
  )
  for (const [binding, { results, timing, emailsSent }] of Object.entries(report.bindings)) {
    const bare = results[0].requestsPerSecond
    console.log(
      `\n${binding}\nroute                         req/s   vs bare   p50 ms   p99 ms   non-2xx`,
    )
    for (const result of results) {
      console.log(
        `${result.name.padEnd(28)}${result.requestsPerSecond.toFixed(0).padStart(7)}` +
          `${`${((100 * result.requestsPerSecond) / bare).toFixed(0)}%`.padStart(10)}` +
          `${String(result.p50).padStart(9)}${String(result.p99).padStart(9)}${String(result.errors).padStart(10)}`,
      )
    }
    console.log(
      `known / unknown forgot-password median ${timing.known.p50.toFixed(3)} / ${timing.unknown.p50.toFixed(3)} ms, ` +
        `p99 ${timing.known.p99.toFixed(3)} / ${timing.unknown.p99.toFixed(3)} ms; emails sent ${emailsSent}`,
    )
  }
  console.log()
  for (const check of report.checks) {
    console.log(
      `${check.pass ? 'PASS' : 'FAIL'}  ${check.label}: ${(100 * check.ratio).toFixed(0)}%`,
    )
  }
}
