import { Worker } from 'node:worker_threads'
import type { Reply } from './http'

/** One request for the remote client: a JSON POST. */
export interface RemoteRequest {
  path: string
  body: unknown
  headers?: Record<string, string>
}

// The client runs on its own thread and event loop, as an outside observer would: a client on
// the server's loop would also time the server's background work (it runs before the loop polls
// the client's socket again), which no remote attacker can see.
const CLIENT = `
const http = require('node:http')
const { parentPort, workerData } = require('node:worker_threads')
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
const url = new URL(workerData.url)
function send({ path, body, headers = {} }) {
  return new Promise((resolve, reject) => {
    const payload = Buffer.from(JSON.stringify(body))
    const started = process.hrtime.bigint()
    const req = http.request({ host: url.hostname, port: url.port, method: 'POST', path, agent,
      headers: { 'content-type': 'application/json', 'content-length': payload.length, ...headers } },
      (res) => {
        const chunks = []
        res.on('data', (c) => chunks.push(c))
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers,
          body: Buffer.concat(chunks), ms: Number(process.hrtime.bigint() - started) / 1e6 }))
      })
    req.on('error', reject)
    req.end(payload)
  })
}
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
parentPort.on('message', async ({ requests, gapMs }) => {
  try {
    const replies = []
    for (const request of requests) {
      replies.push(await send(request))
      if (gapMs > 0) await pause(gapMs)
    }
    parentPort.postMessage({ replies })
  } catch (error) {
    parentPort.postMessage({ error: String(error) })
  }
})
`

/** A keep-alive HTTP client on a worker thread, sending its requests one at a time. */
export function remoteClient(url: string): {
  /** Sends the requests one after the other, `gapMs` apart (after each answer). */
  send(requests: RemoteRequest[], gapMs?: number): Promise<Reply[]>
  close(): Promise<number>
} {
  const worker = new Worker(CLIENT, { eval: true, workerData: { url } })
  return {
    send(requests, gapMs = 0) {
      const done = new Promise<Reply[]>((resolve, reject) => {
        worker.once('message', (message: { replies?: Reply[]; error?: string }) => {
          if (message.error !== undefined) reject(new Error(message.error))
          else
            resolve(
              message.replies!.map((r) => ({ ...r, body: Buffer.from(r.body as Uint8Array) })),
            )
        })
      })
      worker.postMessage({ requests, gapMs })
      return done
    },
    close: () => worker.terminate(),
  }
}
