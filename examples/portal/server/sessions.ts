import { hkdfSync } from 'node:crypto'
import type { Request, RequestHandler, Response } from 'express'
import session from 'express-session'
import type { Db } from './db'
import { SqliteSessionStore } from './session-store'

declare module 'express-session' {
  interface SessionData {
    /** The signed-in account. */
    accountId?: string
  }
}

/** "Se souvenir de moi": a persistent cookie for 30 days. */
const REMEMBER_MS = 30 * 24 * 60 * 60 * 1000

/** The portal's sessions: express-session over SQLite, and what the routes do with them. */
export interface Sessions {
  /** The express-session middleware. */
  readonly middleware: RequestHandler
  /** The cookie's name: `__Host-`-prefixed with an https origin. */
  readonly cookieName: string
  /** Starts a fresh session for the account (a new id: no session fixation). */
  signIn(req: Request, accountId: string, remember: boolean): Promise<void>
  /** The signed-in account's id, or null. */
  accountId(req: Request): string | null
  /** Ends the request's session and clears its cookie. */
  signOut(req: Request, res: Response): Promise<void>
  /** Signs the account out on every device. */
  revokeAll(accountId: string): void
}

/**
 * Sessions in the portal's SQLite file. The cookie: HttpOnly, SameSite=Lax, Path=/, and with an
 * https origin Secure and `__Host-` (no Domain). Its signing key is derived from the token secret.
 */
export function createSessions(db: Db, options: { https: boolean; secret: string }): Sessions {
  const store = new SqliteSessionStore(db)
  const cookieName = options.https ? '__Host-portal.sid' : 'portal.sid'
  const cookie = { httpOnly: true, sameSite: 'lax' as const, secure: options.https, path: '/' }
  const signingKey = Buffer.from(
    hkdfSync('sha256', options.secret, '', 'portal session cookie', 32),
  ).toString('base64url')
  const middleware = session({
    name: cookieName,
    secret: signingKey,
    store,
    cookie,
    resave: false,
    saveUninitialized: false,
    // An https origin means a TLS proxy in front: its X-Forwarded-Proto says the request was secure.
    ...(options.https ? { proxy: true } : {}),
  })

  return {
    middleware,
    cookieName,
    signIn(req, accountId, remember) {
      return new Promise((resolve, reject) => {
        req.session.regenerate((error) => {
          if (error) return reject(error)
          req.session.accountId = accountId
          if (remember) req.session.cookie.maxAge = REMEMBER_MS
          resolve()
        })
      })
    },
    accountId(req) {
      return req.session?.accountId ?? null
    },
    signOut(req, res) {
      return new Promise((resolve, reject) => {
        req.session.destroy((error) => {
          if (error) return reject(error)
          res.clearCookie(cookieName, cookie)
          resolve()
        })
      })
    },
    revokeAll(accountId) {
      store.destroyAccount(accountId)
    },
  }
}
