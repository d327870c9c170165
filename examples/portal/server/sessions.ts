import { createHash, randomBytes } from 'node:crypto'
import type { Request, Response } from 'express'
import type { Db } from './db'

const COOKIE = 'portal_session'
/** A browser session without "Se souvenir de moi" ends with the browser, or after 12 h. */
const SESSION_TTL_MS = 12 * 60 * 60 * 1000
/** "Se souvenir de moi": a persistent cookie for 30 days. */
const REMEMBER_TTL_MS = 30 * 24 * 60 * 60 * 1000

function hashId(id: string): string {
  return createHash('sha256').update(id).digest('base64url')
}

/** Reads one cookie from the request without a cookie-parser dependency. */
export function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.cookie
  if (!header) return undefined
  for (const part of header.split(';')) {
    const eq = part.indexOf('=')
    if (eq === -1) continue
    if (part.slice(0, eq).trim() !== name) continue
    try {
      return decodeURIComponent(part.slice(eq + 1).trim())
    } catch {
      return undefined // a malformed cookie is no cookie
    }
  }
  return undefined
}

/** Server-side sessions in SQLite: random ids, HTTP-only SameSite=Lax cookies, rotated at sign-in. */
export function sessionStore(db: Db, options: { secure: boolean }) {
  const insert = db.prepare(
    'INSERT INTO sessions (id_hash, account_id, persistent, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
  )
  const select = db.prepare('SELECT account_id, expires_at FROM sessions WHERE id_hash = ?')
  const remove = db.prepare('DELETE FROM sessions WHERE id_hash = ?')
  const removeAll = db.prepare('DELETE FROM sessions WHERE account_id = ?')
  const purge = db.prepare('DELETE FROM sessions WHERE expires_at <= ?')

  function cookieOptions(maxAge?: number) {
    return {
      httpOnly: true,
      sameSite: 'lax' as const,
      secure: options.secure,
      path: '/',
      ...(maxAge === undefined ? {} : { maxAge }),
    }
  }

  return {
    /** Starts a fresh session (dropping the request's previous one: no session fixation). */
    start(req: Request, res: Response, accountId: string, remember: boolean): void {
      const previous = readCookie(req, COOKIE)
      if (previous) remove.run(hashId(previous))
      purge.run(Date.now())
      const id = randomBytes(32).toString('base64url')
      const ttl = remember ? REMEMBER_TTL_MS : SESSION_TTL_MS
      insert.run(hashId(id), accountId, remember ? 1 : 0, Date.now(), Date.now() + ttl)
      res.cookie(COOKIE, id, cookieOptions(remember ? ttl : undefined))
    },
    /** The signed-in account's id, or null. */
    accountId(req: Request): string | null {
      const id = readCookie(req, COOKIE)
      if (!id) return null
      const row = select.get(hashId(id)) as { account_id: string; expires_at: number } | undefined
      if (!row || row.expires_at <= Date.now()) return null
      return row.account_id
    },
    end(req: Request, res: Response): void {
      const id = readCookie(req, COOKIE)
      if (id) remove.run(hashId(id))
      res.clearCookie(COOKIE, cookieOptions())
    },
    /** After a password change, every other device is signed out. */
    revokeAll(accountId: string): void {
      removeAll.run(accountId)
    },
  }
}

/** The session store's type, for functions that receive it. */
export type SessionStore = ReturnType<typeof sessionStore>
