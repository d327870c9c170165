import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { type RunningPortal, startPortal } from './portal-server'

const ORIGIN = 'http://portal.example.test:8443'

let portal: RunningPortal

beforeAll(async () => {
  // A configured origin that differs from where the server listens: links must use it.
  portal = await startPortal({ PORTAL_ORIGIN: ORIGIN })
})

afterAll(async () => {
  await portal?.stop()
})

function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${portal.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
}

function sessionCookie(response: Response): string | undefined {
  return response.headers.getSetCookie().find((c) => c.startsWith('portal.sid='))
}

type Mail = { to_address: string; subject: string; text_body: string; html_body: string }

/** The dev mailbox's messages, oldest first; only those sent to `to` when given. */
function mailbox(to?: string): Mail[] {
  const db = new Database(portal.databaseFile, { readonly: true })
  try {
    const all = db
      .prepare('SELECT to_address, subject, text_body, html_body FROM mailbox ORDER BY id')
      .all() as Mail[]
    return to === undefined ? all : all.filter((mail) => mail.to_address === to)
  } finally {
    db.close()
  }
}

/** `label`, then the link on the configured origin (the text part writes every link out). */
function linkLine(label: string, path: string): RegExp {
  return new RegExp(`${label}\\s?:\\s+${ORIGIN.replace(/\./g, '\\.')}${path}#token=`)
}

describe('start', () => {
  it('prints its URL, where to sign in first, and the dev mailbox URL; listens on 127.0.0.1', () => {
    expect(portal.output()).toMatch(
      /Mes services en ligne: http:\/\/portal\.example\.test:8443\/ \(listening on 127\.0\.0\.1 port \d+\)/,
    )
    expect(portal.output()).toContain(
      `Sign in first at ${ORIGIN}/sign-in as cecile.augrou@aidrolland.example`,
    )
    expect(portal.output()).toContain(`Dev mailbox: ${ORIGIN}/mailbox`)
  })

  it('keeps no token secret in the database', () => {
    const db = new Database(portal.databaseFile, { readonly: true })
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all()
    db.close()
    expect(tables.map((t) => (t as { name: string }).name).sort()).toEqual([
      'accounts',
      'mailbox',
      'organisations',
      'web_sessions',
    ])
  })
})

describe('POST /api/auth/sign-in', () => {
  it('answers password_update_required to a migrated account with its old password', async () => {
    const response = await post('/api/auth/sign-in', {
      email: 'Karim.Benali@fournil-du-port.example ',
      password: 'Bordeaux-33',
    })
    expect(response.status).toBe(403)
    expect(response.headers.get('content-type')).toContain('application/problem+json')
    expect((await response.json()).code).toBe('password_update_required')
    expect(sessionCookie(response)).toBeUndefined()
  })

  it('answers the same invalid_credentials for a wrong password and an unknown email', async () => {
    const wrong = await post('/api/auth/sign-in', {
      email: 'karim.benali@fournil-du-port.example',
      password: 'Bordeaux-34',
    })
    const unknown = await post('/api/auth/sign-in', { email: 'nobody@example.org', password: 'x' })
    expect([wrong.status, unknown.status]).toEqual([401, 401])
    expect((await wrong.json()).code).toBe('invalid_credentials')
    expect((await unknown.json()).code).toBe('invalid_credentials')
  })

  it('signs in, upgrades a legacy bcrypt hash, and sets a session cookie', async () => {
    const response = await post('/api/auth/sign-in', {
      email: 'paul.roux@atelier-roux.example',
      password: 'Roux-Paul-42',
    })
    expect(response.status).toBe(200)
    const cookie = sessionCookie(response)!
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
    expect(cookie).not.toMatch(/Max-Age|Expires/i)
    // The library replaces the legacy hash after the answer: wait for it.
    await vi.waitFor(() => {
      const db = new Database(portal.databaseFile, { readonly: true })
      const row = db
        .prepare('SELECT password_hash FROM accounts WHERE email = ?')
        .get('paul.roux@atelier-roux.example') as { password_hash: string }
      db.close()
      expect(row.password_hash.startsWith('$argon2id$')).toBe(true)
    })

    const me = await fetch(`${portal.url}/api/me`, {
      headers: { cookie: cookie.split(';')[0]! },
    })
    expect(me.status).toBe(200)
    expect(await me.json()).toMatchObject({ firstName: 'Paul', lastName: 'ROUX' })
  })

  it('rotates the session id at sign-in and honours "Se souvenir de moi"', async () => {
    const credentials = { email: 'jeanne.martin@atelier-roux.example', password: 'Portail-2026!' }
    const first = sessionCookie(await post('/api/auth/sign-in', credentials))!.split(';')[0]!
    const second = await post(
      '/api/auth/sign-in',
      { ...credentials, remember: true },
      { cookie: first },
    )
    const rotated = sessionCookie(second)!
    expect(rotated.split(';')[0]).not.toBe(first)
    const expires = Date.parse(/Expires=([^;]+)/i.exec(rotated)![1]!)
    expect(expires).toBeGreaterThan(Date.now() + 29 * 24 * 3600 * 1000)
    const old = await fetch(`${portal.url}/api/me`, { headers: { cookie: first } })
    expect(old.status).toBe(401)
  })

  it('stores sessions under a digest of their id, never the id itself', async () => {
    const cookie = sessionCookie(
      await post('/api/auth/sign-in', {
        email: 'jeanne.martin@atelier-roux.example',
        password: 'Portail-2026!',
      }),
    )!
    // express-session's cookie value: s:<id>.<signature>
    const id = /^portal\.sid=s%3A([^.]+)\./.exec(cookie)![1]!
    const db = new Database(portal.databaseFile, { readonly: true })
    const rows = db.prepare('SELECT id_hash, data FROM web_sessions').all() as {
      id_hash: string
      data: string
    }[]
    db.close()
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) {
      expect(row.id_hash).not.toContain(id)
      expect(row.data).not.toContain(id)
    }
  })

  it('refuses non-JSON and cross-origin requests', async () => {
    const form = await fetch(`${portal.url}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=a&password=b',
    })
    expect(form.status).toBe(415)
    const cross = await post(
      '/api/auth/sign-in',
      { email: 'a', password: 'b' },
      {
        origin: 'https://evil.example',
      },
    )
    expect(cross.status).toBe(400)
    expect(await cross.json()).toMatchObject({ code: 'invalid_field', field: 'origin' })
    // The address the request came to (its Host) is not the configured origin: refused too.
    const hostOrigin = await post(
      '/api/auth/sign-in',
      { email: 'a', password: 'b' },
      { origin: portal.url },
    )
    expect(hostOrigin.status).toBe(400)
    const own = await post('/api/auth/sign-in', { email: 'a', password: 'b' }, { origin: ORIGIN })
    expect(own.status).toBe(401)
    expect((await own.json()).type).toBe('urn:sesame:problem:invalid_credentials')
    const malformed = await fetch(`${portal.url}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"email":',
    })
    expect(malformed.status).toBe(400)
    expect((await malformed.json()).code).toBe('malformed_json')
  })
  it('asks for the emailed link past 5 wrong passwords on one account, even with the right one', async () => {
    const email = 'paul.roux@atelier-roux.example'
    for (let attempt = 0; attempt < 5; attempt++) {
      const wrong = await post('/api/auth/sign-in', { email, password: `Faux-${attempt}` })
      expect((await wrong.json()).code).toBe('invalid_credentials')
    }
    // Past the limit the owner is not locked out: the right password is met with the challenge
    // (use the emailed link), which no answer in the body passes.
    const right = await post('/api/auth/sign-in', { email, password: 'Roux-Paul-42' })
    expect(right.status).toBe(401)
    expect(await right.json()).toMatchObject({
      code: 'challenge_required',
      challenge: { kind: 'reset_link' },
    })
    const answered = await post('/api/auth/sign-in', {
      email,
      password: 'Roux-Paul-42',
      challenge: 'anything',
    })
    expect((await answered.json()).code).toBe('challenge_required')
    expect(sessionCookie(answered)).toBeUndefined()
  })
})

describe('POST /api/auth/change-password', () => {
  it('needs a session: not_signed_in without one, invalid_credentials with a wrong current password', async () => {
    const body = {
      currentPassword: 'x',
      password: 'Nouveau-m0t2passe!',
      confirmation: 'Nouveau-m0t2passe!',
    }
    const anonymous = await post('/api/auth/change-password', body)
    expect(anonymous.status).toBe(401)
    expect((await anonymous.json()).code).toBe('not_signed_in')
    const signIn = await post('/api/auth/sign-in', {
      email: 'jeanne.martin@atelier-roux.example',
      password: 'Portail-2026!',
    })
    const cookie = sessionCookie(signIn)!
    const wrong = await post('/api/auth/change-password', body, { cookie: cookie.split(';')[0]! })
    expect((await wrong.json()).code).toBe('invalid_credentials')
  })
})

describe("POST /api/auth/sign-up and /activate (the library's)", () => {
  const account = {
    name: 'Ana Lopes',
    email: 'ana.lopes@example.org',
    password: 'Lisboa-2026!',
    confirmation: 'Lisboa-2026!',
  }

  it('refuses a weak password with the failed checks of the same policy', async () => {
    const response = await post('/api/auth/sign-up', {
      ...account,
      password: 'motdepasse',
      confirmation: 'motdepasse',
    })
    expect(response.status).toBe(422)
    const body = await response.json()
    expect(body.code).toBe('password_policy')
    expect(JSON.stringify(body)).toContain('digits')
    expect(sessionCookie(response)).toBeUndefined()
  })

  it('answers alike for a new and a taken address; the new one activates by its emailed link', async () => {
    const created = await post('/api/auth/sign-up', account)
    const taken = await post('/api/auth/sign-up', {
      ...account,
      email: 'JEANNE.martin@atelier-roux.example',
    })
    expect(created.status).toBe(202)
    expect(taken.status).toBe(202)
    expect(await created.text()).toBe(await taken.text())
    expect(sessionCookie(created)).toBeUndefined()
    // The owner of the taken address is told by email, with a reset link; the new one gets its activation link.
    await expect
      .poll(() => mailbox('jeanne.martin@atelier-roux.example').length, { timeout: 10_000 })
      .toBe(1)
    expect(mailbox('jeanne.martin@atelier-roux.example')[0]!.text_body).toContain(
      `${ORIGIN}/reset-password#token=`,
    )
    await expect.poll(() => mailbox(account.email).length, { timeout: 10_000 }).toBe(1)
    const mail = mailbox(account.email)[0]!
    expect(mail.text_body).toContain('Ana Lopes')
    const link = /(\S+\/activate#token=(\S+))/.exec(mail.text_body)
    expect(link?.[1]?.startsWith(`${ORIGIN}/activate#token=`)).toBe(true)

    const early = await post('/api/auth/sign-in', {
      email: account.email,
      password: account.password,
    })
    expect((await early.json()).code).toBe('activation_required')
    expect(sessionCookie(early)).toBeUndefined()

    const token = decodeURIComponent(link![2]!)
    const activated = await post('/api/auth/activate', { token })
    expect(activated.status).toBe(200)
    expect(await activated.json()).toMatchObject({ status: 'activated', signedIn: true })
    const cookie = sessionCookie(activated)!.split(';')[0]!
    const me = await fetch(`${portal.url}/api/me`, { headers: { cookie } })
    expect(await me.json()).toMatchObject({
      firstName: 'Ana',
      lastName: 'Lopes',
      email: account.email,
    })
    const again = await post('/api/auth/activate', { token })
    expect((await again.json()).code).toBe('token_used')

    // Signed in, she changes her password: the library tells her by email (password_changed).
    const changed = await post(
      '/api/auth/change-password',
      {
        currentPassword: account.password,
        password: 'Lisboa-2027?',
        confirmation: 'Lisboa-2027?',
      },
      { cookie },
    )
    expect(changed.status).toBe(200)
    await expect.poll(() => mailbox(account.email).length, { timeout: 10_000 }).toBe(2)
    const notice = mailbox(account.email)[1]!
    expect(notice.subject).not.toBe(mail.subject)
    expect(notice.text_body).not.toContain('#token=')
    expect(notice.html_body).not.toContain('href=')
  })

  it('refuses a name that is not a name (a link, a colon, markup), or none', async () => {
    for (const name of [
      'Client. URGENT: … https://evil.example/login',
      'evil.example',
      '<b>Ana</b>',
      'Ana2',
      'A'.repeat(81),
      '',
      undefined,
    ]) {
      const response = await post('/api/auth/sign-up', {
        ...account,
        email: 'ana.other@example.org',
        name,
      })
      expect(response.status, name).toBe(400)
      expect(await response.json()).toMatchObject({ code: 'invalid_field', field: 'name' })
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(mailbox('ana.other@example.org')).toHaveLength(0)
  })
})

describe('forgot password', () => {
  it('answers alike for known and unknown emails and mails a link on the configured origin', async () => {
    const known = await post(
      '/api/auth/forgot-password',
      { email: 'cecile.augrou@aidrolland.example' },
      { host: 'attacker.example' },
    )
    const unknown = await post('/api/auth/forgot-password', { email: 'ghost@example.org' })
    expect(known.status).toBe(unknown.status)
    expect(await known.text()).toBe(await unknown.text())
    const cecile = 'cecile.augrou@aidrolland.example'
    await expect.poll(() => mailbox(cecile).length, { timeout: 10_000 }).toBe(1)
    const [mail] = mailbox(cecile)
    expect(mail!.text_body).toMatch(linkLine('Réinitialiser mon mot de passe', '/reset-password'))
    expect(mail!.text_body).not.toContain('attacker.example')
    // The 8-digit code beside the link, for another device.
    expect(mail!.text_body).toMatch(/: \d{8}\n/)
    expect(mailbox('ghost@example.org')).toHaveLength(0)
  })

  it('resets through the emailed token: signs out other sessions, opens a new one, single use', async () => {
    const signIn = await post('/api/auth/sign-in', {
      email: 'jeanne.martin@atelier-roux.example',
      password: 'Portail-2026!',
    })
    const oldSession = sessionCookie(signIn)!.split(';')[0]!
    const jeanne = 'jeanne.martin@atelier-roux.example'
    const before = mailbox(jeanne).length
    await post('/api/auth/forgot-password', { email: jeanne })
    await expect.poll(() => mailbox(jeanne).length, { timeout: 10_000 }).toBe(before + 1)
    const token = decodeURIComponent(/#token=(\S+)/.exec(mailbox(jeanne).at(-1)!.text_body)![1]!)

    const weak = await post('/api/auth/reset-password', {
      token,
      password: 'short',
      confirmation: 'short',
    })
    expect(weak.status).toBe(422)
    const reset = await post('/api/auth/reset-password', {
      token,
      password: 'Nouveau-Mot-2026',
      confirmation: 'Nouveau-Mot-2026',
    })
    expect(reset.status).toBe(200)
    expect(reset.headers.get('cache-control')).toContain('no-store')
    const newSession = sessionCookie(reset)!.split(';')[0]!
    expect((await fetch(`${portal.url}/api/me`, { headers: { cookie: oldSession } })).status).toBe(
      401,
    )
    expect((await fetch(`${portal.url}/api/me`, { headers: { cookie: newSession } })).status).toBe(
      200,
    )

    const again = await post('/api/auth/reset-password', {
      token,
      password: 'Encore-Autre-2026',
      confirmation: 'Encore-Autre-2026',
    })
    // The password changed since the link was sent: the token is stale (and its jti consumed).
    expect(again.status).toBe(410)
    expect((await again.json()).code).toBe('token_stale')
    const signOut = await post('/api/session/sign-out', {}, { cookie: newSession })
    expect(signOut.status).toBe(204)
    expect((await fetch(`${portal.url}/api/me`, { headers: { cookie: newSession } })).status).toBe(
      401,
    )
  })

  it('never greets a name that is not a name, nor puts it in a link', async () => {
    // A migrated record may hold anything: the old portal did not check names.
    const db = new Database(portal.databaseFile)
    db.prepare(
      `INSERT INTO accounts (id, email, first_name, last_name, password_hash, must_update, created_at)
       VALUES ('acc_evil', 'evil.name@example.org', ?, 'Client', NULL, 1, ?)`,
    ).run('Client. URGENT: … https://evil.example/login', Date.now())
    db.close()
    await post('/api/auth/forgot-password', { email: 'evil.name@example.org' })
    await expect.poll(() => mailbox('evil.name@example.org').length, { timeout: 10_000 }).toBe(1)
    const mail = mailbox('evil.name@example.org')[0]!
    expect(mail.to_address).toBe('evil.name@example.org')
    for (const body of [mail.text_body, mail.html_body]) {
      expect(body).not.toContain('evil.example')
      expect(body).not.toContain('URGENT')
    }
    // The only link is the reset link, on the configured origin.
    expect(mail.html_body.match(/href="([^"]+)"/g)).toHaveLength(1)
    expect(mail.html_body).toContain(`href="${ORIGIN}/reset-password#token=`)
  })

  it("writes the email in the language chosen in the portal's header", async () => {
    const paul = 'paul.roux@atelier-roux.example'
    const before = mailbox(paul).length
    await post(
      '/api/auth/forgot-password',
      { email: 'paul.roux@atelier-roux.example' },
      { cookie: 'portal_locale=en', 'accept-language': 'fr-FR' },
    )
    await expect.poll(() => mailbox(paul).length, { timeout: 10_000 }).toBe(before + 1)
    const mail = mailbox(paul).at(-1)!
    expect(mail.text_body).toMatch(linkLine('Reset my password', '/reset-password'))
  })

  it('lists the message on /mailbox', async () => {
    const page = await (await fetch(`${portal.url}/mailbox`)).text()
    expect(page).toContain('cecile.augrou@aidrolland.example')
    expect(page).toContain(mailbox('cecile.augrou@aidrolland.example')[0]!.subject)
  })
})

describe('pages', () => {
  it('serves the client for screen paths and 404s unknown API paths', async () => {
    const screen = await fetch(`${portal.url}/reset-password`)
    expect(screen.status).toBe(200)
    expect(await screen.text()).toContain('<div id="root">')
    expect(screen.headers.get('content-security-policy')).toContain("default-src 'self'")
    const api = await fetch(`${portal.url}/api/nothing`)
    expect(api.status).toBe(404)
  })
})
