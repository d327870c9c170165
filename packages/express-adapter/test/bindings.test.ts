// The behaviour suite of @sesame/server over this binding, on Express 5 and (aliased) Express 4.
import type { AddressInfo } from 'node:net'
import { createResetTokens } from '@sesame/core/tokens'
import { type BindingHarness, bindingSuite } from '@sesame/server/testing'
import express from 'express'
import { describe, expect, it } from 'vitest'
import { passwordReset, problemErrorHandler } from '../src/index'
import { EXPRESS_MAJOR, runningExpress4 } from './fixture'

const harness: BindingHarness = {
  upstreamParser: true,
  async start(options, { mount, upstreamJson }) {
    const { signIn } = options.users
    const router = passwordReset({
      ...options,
      users: {
        ...options.users,
        // Express's adapter signature: the cookie goes straight on `res`.
        signIn: (req, res, user) =>
          signIn?.(user, {
            request: { method: 'POST', path: '', headers: {}, body: { kind: 'none' }, native: req },
            headers: {
              set: (n, v) => res.setHeader(n, v),
              append: (n, v) => res.appendHeader(n, v),
            },
          }),
      },
    })
    const app = express()
    app.set('trust proxy', true)
    if (upstreamJson) app.use(express.json())
    app.use(mount, router, problemErrorHandler())
    const server = app.listen(0, '127.0.0.1')
    await new Promise<void>((resolve) => server.once('listening', () => resolve()))
    return {
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      drain: () => router.drain(),
      async close() {
        server.closeAllConnections()
        await new Promise((resolve) => server.close(resolve))
        await router.handler.shutdown()
      },
    }
  },
}

describe(`binding suite: Express ${EXPRESS_MAJOR}`, () => {
  it('runs on the intended Express major version', () => {
    expect(runningExpress4).toBe(EXPRESS_MAJOR === 4)
  })
  for (const check of bindingSuite(harness)) it(check.name, check.run)

  it('passes unmatched paths to the app with unmatched: "next"', async () => {
    const secret = 'a-test-secret-of-at-least-32-bytes-long!!'
    const tokens = createResetTokens({
      keys: [{ kid: 'k', secret }],
      ttl: '30m',
      issuer: 'i',
      audience: 'a',
    })
    const app = express()
    const users = {
      findByEmail: () => null,
      findById: () => null,
      credentialState: () => 'x',
      setPassword: () => undefined,
    }
    const options = {
      policy: (await import('@sesame/core')).presets.classic,
      tokens,
      users,
      sendResetEmail: () => undefined,
      resetUrl: 'https://p.example/r',
    }
    app.use('/auth', passwordReset({ ...options, unmatched: 'next' }))
    app.post('/auth/sign-in', (_req, res) => {
      res.json({ mine: true })
    })
    const server = app.listen(0, '127.0.0.1')
    await new Promise<void>((resolve) => server.once('listening', () => resolve()))
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/auth`
      expect(await (await fetch(`${base}/sign-in`, { method: 'POST' })).json()).toEqual({
        mine: true,
      })
      expect((await fetch(`${base}/policy`)).status).toBe(200)
    } finally {
      server.close()
    }
  })
})
