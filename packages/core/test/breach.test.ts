import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createBreachChecker, isSesameError } from '../src/breach'

const sha1 = (text: string) => createHash('sha1').update(text, 'utf8').digest('hex').toUpperCase()

interface Seen {
  url: string
  headers: IncomingMessage['headers']
  body: string
}

type Handler = (request: IncomingMessage, response: ServerResponse) => void

let server: Server
let base: string
let seen: Seen[] = []
let handler: Handler

// Answers like api.pwnedpasswords.com: uppercase suffixes, CRLF, padding entries with count 0.
function rangeAnswer(prefix: string, entries: Record<string, number>): string {
  const lines: string[] = []
  for (const [password, count] of Object.entries(entries)) {
    const hash = sha1(password)
    if (hash.startsWith(prefix)) lines.push(`${hash.slice(5)}:${count}`)
  }
  for (let n = 0; n < 40; n += 1) {
    lines.push(`${createHash('sha1').update(`pad${n}`).digest('hex').slice(0, 35).toUpperCase()}:0`)
  }
  return lines.join('\r\n')
}

const breached = { 'P@ssw0rd': 52_256_179, password1: 2_418_984 }

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk: Buffer) => {
      body += chunk.toString()
    })
    request.on('end', () => {
      seen.push({ url: request.url ?? '', headers: request.headers, body })
      handler(request, response)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/range/`
})

afterEach(() => {
  seen = []
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

function answerRange(): Handler {
  return (request, response) => {
    const prefix = /\/range\/([0-9A-F]{5})$/.exec(request.url ?? '')?.[1]
    if (prefix === undefined) {
      response.writeHead(400).end()
      return
    }
    response.writeHead(200, { 'content-type': 'text/plain' })
    response.end(rangeAnswer(prefix, breached))
  }
}

describe('createBreachChecker against a local range server', () => {
  it('finds a breached password and its count', async () => {
    handler = answerRange()
    const checker = createBreachChecker({ endpoint: base, onError: 'fail-closed' })
    await expect(checker.check('P@ssw0rd')).resolves.toEqual({
      breached: true,
      count: 52_256_179,
      status: 'ok',
    })
  })

  it('answers not breached when the suffix is absent, ignoring count-0 padding', async () => {
    handler = answerRange()
    const checker = createBreachChecker({ endpoint: base, onError: 'fail-closed' })
    await expect(checker.check('correct horse battery staple 42')).resolves.toEqual({
      breached: false,
      count: 0,
      status: 'ok',
    })
  })

  it('ignores a padding line whose suffix is the password’s own (count 0)', async () => {
    const hash = sha1('only-padding')
    handler = (_request, response) => {
      response.end(`${hash.slice(5)}:0\r\n${'A'.repeat(35)}:3`)
    }
    const checker = createBreachChecker({ endpoint: base, onError: 'fail-closed' })
    await expect(checker.check('only-padding')).resolves.toMatchObject({
      breached: false,
      count: 0,
      status: 'ok',
    })
  })

  it('compares suffixes case-insensitively and accepts LF line ends', async () => {
    const hash = sha1('lowercase-answer')
    handler = (_request, response) => {
      response.end(`${'B'.repeat(35)}:1\n${hash.slice(5).toLowerCase()}:7\n`)
    }
    const checker = createBreachChecker({ endpoint: base, onError: 'fail-open' })
    await expect(checker.check('lowercase-answer')).resolves.toMatchObject({
      breached: true,
      count: 7,
    })
  })

  it('sends only the uppercase 5-character prefix, with Add-Padding and the user agent', async () => {
    handler = answerRange()
    const password = 'P@ssw0rd'
    const hash = sha1(password)
    const checker = createBreachChecker({
      endpoint: base,
      onError: 'fail-open',
      userAgent: 'sesame-test',
    })
    await checker.check(password)
    expect(seen).toHaveLength(1)
    const [request] = seen
    expect(request!.url).toBe(`/range/${hash.slice(0, 5)}`)
    expect(request!.headers['add-padding']).toBe('true')
    expect(request!.headers['user-agent']).toBe('sesame-test')
    expect(request!.body).toBe('')
    const everything = JSON.stringify(request).toUpperCase()
    expect(everything).not.toContain(hash.slice(5, 15))
    expect(everything).not.toContain(password.toUpperCase())
  })

  it('caches by prefix: the server is asked once for repeated and concurrent checks', async () => {
    handler = answerRange()
    const checker = createBreachChecker({ endpoint: base, onError: 'fail-open' })
    const results = await Promise.all([checker.check('password1'), checker.check('password1')])
    await checker.check('password1')
    expect(results.map((result) => result.count)).toEqual([2_418_984, 2_418_984])
    expect(seen).toHaveLength(1)
  })

  it('asks again once the prefix was evicted (cache size 1) or when caching is off', async () => {
    handler = answerRange()
    const small = createBreachChecker({ endpoint: base, onError: 'fail-open', cache: 1 })
    const statuses = [
      await small.check('password1'),
      await small.check('P@ssw0rd'),
      await small.check('password1'),
    ].map((result) => result.status)
    expect(statuses).toEqual(['ok', 'ok', 'ok'])
    expect(seen).toHaveLength(3)
    seen = []
    const none = createBreachChecker({ endpoint: base, onError: 'fail-open', cache: 0 })
    await none.check('password1')
    await none.check('password1')
    expect(seen).toHaveLength(2)
  })

  it('reports a timeout, following onError', async () => {
    handler = () => undefined // never answers
    const open = createBreachChecker({ endpoint: base, onError: 'fail-open', timeoutMs: 50 })
    await expect(open.check('password1')).resolves.toEqual({
      breached: false,
      count: 0,
      status: 'error',
      error: { code: 'timeout', message: expect.any(String) },
    })
    const closed = createBreachChecker({ endpoint: base, onError: 'fail-closed', timeoutMs: 50 })
    await expect(closed.check('password1')).resolves.toMatchObject({
      breached: true,
      status: 'error',
    })
  })

  it('times out a body that stalls after the headers', async () => {
    handler = (_request, response) => {
      response.writeHead(200)
      response.write(`${'C'.repeat(35)}:1\r\n`)
    }
    const checker = createBreachChecker({ endpoint: base, onError: 'fail-open', timeoutMs: 80 })
    await expect(checker.check('password1')).resolves.toMatchObject({
      status: 'error',
      error: { code: 'timeout' },
    })
  })

  it('reports a 5xx with its status, and does not cache the failure', async () => {
    handler = (_request, response) => {
      response.writeHead(503).end('busy')
    }
    const checker = createBreachChecker({ endpoint: base, onError: 'fail-closed' })
    await expect(checker.check('password1')).resolves.toEqual({
      breached: true,
      count: 0,
      status: 'error',
      error: { code: 'http_status', status: 503, message: expect.any(String) },
    })
    handler = answerRange()
    await expect(checker.check('password1')).resolves.toMatchObject({
      status: 'ok',
      count: 2_418_984,
    })
  })

  it.each([
    ['an HTML page', '<html><body>Rate limited</body></html>'],
    ['a truncated line', `${'D'.repeat(30)}:5`],
    ['a non-numeric count', `${'E'.repeat(35)}:many`],
    ['an empty body', ''],
  ])('reports a malformed body (%s)', async (_name, body) => {
    handler = (_request, response) => {
      response.end(body)
    }
    const checker = createBreachChecker({ endpoint: base, onError: 'fail-open' })
    await expect(checker.check('password1')).resolves.toMatchObject({
      breached: false,
      status: 'error',
      error: { code: 'malformed_response' },
    })
  })

  it('reports a network error (connection refused)', async () => {
    const checker = createBreachChecker({
      endpoint: 'http://127.0.0.1:1/range/',
      onError: 'fail-open',
    })
    await expect(checker.check('password1')).resolves.toMatchObject({
      status: 'error',
      error: { code: 'network' },
    })
  })

  it('uses the injected fetch', async () => {
    const urls: string[] = []
    const checker = createBreachChecker({
      onError: 'fail-open',
      fetch: async (url) => {
        urls.push(url)
        return new Response(`${sha1('hunter2').slice(5)}:17`)
      },
    })
    await expect(checker.check('hunter2')).resolves.toMatchObject({ breached: true, count: 17 })
    expect(urls).toEqual([`https://api.pwnedpasswords.com/range/${sha1('hunter2').slice(0, 5)}`])
  })

  it('reports a fetch that throws synchronously-like errors as typed results', async () => {
    const checker = createBreachChecker({
      onError: 'fail-closed',
      fetch: () => Promise.reject(new TypeError('boom')),
    })
    await expect(checker.check('x')).resolves.toMatchObject({
      breached: true,
      error: { code: 'network' },
    })
  })
})

describe('createBreachChecker configuration', () => {
  it.each([
    ['no onError', {}],
    ['a bad onError', { onError: 'ignore' }],
    ['a relative endpoint', { onError: 'fail-open', endpoint: '/range/' }],
    ['an ftp endpoint', { onError: 'fail-open', endpoint: 'ftp://example.com/range/' }],
    ['a zero timeout', { onError: 'fail-open', timeoutMs: 0 }],
    ['a negative cache', { onError: 'fail-open', cache: -1 }],
    ['a fractional cache', { onError: 'fail-open', cache: 1.5 }],
    ['a multi-line user agent', { onError: 'fail-open', userAgent: 'a\r\nX-Evil: 1' }],
    ['a non-function fetch', { onError: 'fail-open', fetch: 'nope' }],
  ])('refuses %s with ConfigError at creation', (_name, options) => {
    let thrown: unknown
    try {
      createBreachChecker(options as never)
    } catch (error) {
      thrown = error
    }
    expect(isSesameError(thrown, 'invalid_config')).toBe(true)
  })

  it('throws InputError for a non-string password', async () => {
    const checker = createBreachChecker({
      onError: 'fail-open',
      fetch: async () => new Response(''),
    })
    await expect(checker.check(42 as never)).rejects.toMatchObject({ code: 'invalid_input' })
  })

  it('accepts an endpoint without a trailing slash', async () => {
    handler = answerRange()
    const checker = createBreachChecker({ endpoint: base.slice(0, -1), onError: 'fail-open' })
    await expect(checker.check('password1')).resolves.toMatchObject({
      status: 'ok',
      count: 2_418_984,
    })
  })
})
