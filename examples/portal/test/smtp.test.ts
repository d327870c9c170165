import { createServer, type Server } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningPortal, startPortal } from './portal-server'

/** The smallest SMTP server nodemailer talks to: it records each message's DATA. */
function fakeSmtp(): Promise<{ server: Server; port: number; messages: string[] }> {
  const messages: string[] = []
  const server = createServer((socket) => {
    let buffer = ''
    let inData = false
    socket.write('220 fake.smtp ESMTP\r\n')
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8')
      while (true) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n')
          if (end === -1) return
          messages.push(buffer.slice(0, end))
          buffer = buffer.slice(end + 5)
          inData = false
          socket.write('250 queued\r\n')
          continue
        }
        const eol = buffer.indexOf('\r\n')
        if (eol === -1) return
        const line = buffer.slice(0, eol).toUpperCase()
        buffer = buffer.slice(eol + 2)
        if (line.startsWith('EHLO') || line.startsWith('HELO')) socket.write('250 fake.smtp\r\n')
        else if (line.startsWith('DATA')) {
          inData = true
          socket.write('354 go ahead\r\n')
        } else if (line.startsWith('QUIT')) socket.end('221 bye\r\n')
        else socket.write('250 ok\r\n')
      }
    })
  })
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      resolve({ server, port: typeof address === 'object' && address ? address.port : 0, messages })
    })
  })
}

describe('SMTP_URL', () => {
  let smtp: Awaited<ReturnType<typeof fakeSmtp>>
  let portal: RunningPortal

  beforeAll(async () => {
    smtp = await fakeSmtp()
    portal = await startPortal({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}` })
  })

  afterAll(async () => {
    await portal?.stop()
    smtp?.server.close()
  })

  it('sends the reset email through SMTP, and has no dev mailbox', async () => {
    expect(portal.output()).toContain('Email: sent through SMTP_URL')
    const response = await fetch(`${portal.url}/api/auth/forgot-password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'jeanne.martin@atelier-roux.example', locale: 'fr' }),
    })
    expect(response.status).toBe(202)
    await expect.poll(() => smtp.messages.length, { timeout: 10_000 }).toBe(1)
    const message = smtp.messages[0]!
    expect(message).toMatch(/^To: jeanne\.martin@atelier-roux\.example/im)
    // Quoted-printable bodies wrap lines with "=\r\n": unwrap before searching.
    expect(message.replace(/=\r\n/g, '')).toContain(`${portal.url}/reset-password#token=`)
    expect((await fetch(`${portal.url}/mailbox`)).status).toBe(404)
  })
})
