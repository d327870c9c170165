import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningPortal, startPortal } from './portal-server'

const ORIGIN = 'https://portal.example.test'
const SECRET = randomBytes(32).toString('base64url')
const production = { NODE_ENV: 'production', PORTAL_DEV_MAILBOX: '' }

describe('NODE_ENV=production refuses to start unsafe', () => {
  it('without PORTAL_TOKEN_SECRET', async () => {
    await expect(startPortal({ ...production, PORTAL_TOKEN_SECRET: '' })).rejects.toThrow(
      /exited with 1[\s\S]*PORTAL_TOKEN_SECRET is required with NODE_ENV=production/,
    )
  })

  it('with a token secret under 32 bytes', async () => {
    await expect(
      startPortal({ ...production, PORTAL_TOKEN_SECRET: 'short-secret' }),
    ).rejects.toThrow(/PORTAL_TOKEN_SECRET must be at least 32 bytes/)
  })

  it('with the dev mailbox enabled', async () => {
    await expect(
      startPortal({ ...production, PORTAL_TOKEN_SECRET: SECRET, PORTAL_DEV_MAILBOX: '1' }),
    ).rejects.toThrow(/PORTAL_DEV_MAILBOX=1 is refused with NODE_ENV=production/)
  })
})

describe('NODE_ENV=production behind an https origin', () => {
  let portal: RunningPortal

  beforeAll(async () => {
    portal = await startPortal({
      ...production,
      PORTAL_TOKEN_SECRET: SECRET,
      PORTAL_ORIGIN: ORIGIN,
    })
  })

  afterAll(async () => {
    await portal?.stop()
  })

  it('prints no demo password and has no dev mailbox', async () => {
    expect(portal.output()).not.toContain('Marseille13')
    expect(portal.output()).toContain('Email: none is sent')
    for (const path of ['/mailbox', '/mailbox/1', '/mailbox.css']) {
      expect((await fetch(`${portal.url}${path}`)).status, path).toBe(404)
    }
    // Nor does a request for a link leave one readable anywhere.
    const forgot = await fetch(`${portal.url}/api/auth/forgot-password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ORIGIN },
      body: JSON.stringify({ email: 'cecile.augrou@aidrolland.example' }),
    })
    expect(forgot.status).toBe(202)
    expect((await fetch(`${portal.url}/mailbox`)).status).toBe(404)
  })

  it('sends its security headers: a CSP without inline code, HSTS, no referrer, no framing', async () => {
    const page = await fetch(`${portal.url}/sign-in`)
    const csp = page.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("style-src 'self'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).not.toContain('unsafe-inline')
    expect(page.headers.get('strict-transport-security')).toMatch(/max-age=\d{8}/)
    expect(page.headers.get('referrer-policy')).toBe('no-referrer')
    expect(page.headers.get('x-content-type-options')).toBe('nosniff')
    expect(page.headers.get('x-powered-by')).toBeNull()
  })

  it('serves a client whose page holds no inline script or style', async () => {
    const html = await (await fetch(`${portal.url}/`)).text()
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
    expect(html).not.toMatch(/<style|style="/)
  })

  it('sets a __Host- session cookie: Secure, HttpOnly, SameSite=Lax, Path=/, no Domain', async () => {
    const response = await fetch(`${portal.url}/api/auth/sign-in`, {
      method: 'POST',
      // The TLS proxy in front of an https origin says so.
      headers: { 'content-type': 'application/json', origin: ORIGIN, 'x-forwarded-proto': 'https' },
      body: JSON.stringify({
        email: 'jeanne.martin@atelier-roux.example',
        password: 'Portail-2026!',
      }),
    })
    expect(response.status).toBe(200)
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('__Host-'))!
    expect(cookie).toMatch(/^__Host-portal\.sid=/)
    const attributes = cookie
      .split(';')
      .slice(1)
      .map((a) => a.trim().toLowerCase())
    expect(attributes).toEqual(
      expect.arrayContaining(['path=/', 'httponly', 'secure', 'samesite=lax']),
    )
    expect(attributes.some((a) => a.startsWith('domain'))).toBe(false)
  })

  it('keeps the token secret out of the database file', () => {
    const bytes = readFileSync(portal.databaseFile)
    expect(bytes.includes(Buffer.from(SECRET))).toBe(false)
  })
})
