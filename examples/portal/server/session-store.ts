import { createHash } from 'node:crypto'
import session from 'express-session'
import type { Db } from './db'

/** A session without "Se souvenir de moi" ends with the browser, or after 12 h on the server. */
const DEFAULT_TTL_MS = 12 * 60 * 60 * 1000

type Callback = (error?: unknown) => void

// The cookie's id is stored as its SHA-256: a copy of the database hands out no live session.
function key(sid: string): string {
  return createHash('sha256').update(sid).digest('base64url')
}

function expiryOf(data: session.SessionData): number {
  const expires = data.cookie?.expires
  return expires ? new Date(expires).getTime() : Date.now() + DEFAULT_TTL_MS
}

/**
 * express-session's store in the portal's SQLite file (better-sqlite3). Glue written here because
 * the published SQLite stores keep the raw session id and cannot sign an account out everywhere.
 */
export class SqliteSessionStore extends session.Store {
  readonly #select
  readonly #upsert
  readonly #touch
  readonly #remove
  readonly #removeAccount
  readonly #purge

  constructor(db: Db) {
    super()
    this.#select = db.prepare('SELECT data FROM web_sessions WHERE id_hash = ? AND expires_at > ?')
    this.#upsert = db.prepare(
      `INSERT INTO web_sessions (id_hash, account_id, data, expires_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (id_hash) DO UPDATE SET account_id = excluded.account_id, data = excluded.data, expires_at = excluded.expires_at`,
    )
    this.#touch = db.prepare('UPDATE web_sessions SET expires_at = ? WHERE id_hash = ?')
    this.#remove = db.prepare('DELETE FROM web_sessions WHERE id_hash = ?')
    this.#removeAccount = db.prepare('DELETE FROM web_sessions WHERE account_id = ?')
    this.#purge = db.prepare('DELETE FROM web_sessions WHERE expires_at <= ?')
  }

  override get(sid: string, done: (error: unknown, data?: session.SessionData | null) => void) {
    try {
      const row = this.#select.get(key(sid), Date.now()) as { data: string } | undefined
      done(null, row ? (JSON.parse(row.data) as session.SessionData) : null)
    } catch (error) {
      done(error)
    }
  }

  override set(sid: string, data: session.SessionData, done?: Callback) {
    try {
      this.#purge.run(Date.now())
      this.#upsert.run(key(sid), data.accountId ?? null, JSON.stringify(data), expiryOf(data))
      done?.()
    } catch (error) {
      done?.(error)
    }
  }

  override touch(sid: string, data: session.SessionData, done?: Callback) {
    try {
      this.#touch.run(expiryOf(data), key(sid))
      done?.()
    } catch (error) {
      done?.(error)
    }
  }

  override destroy(sid: string, done?: Callback) {
    try {
      this.#remove.run(key(sid))
      done?.()
    } catch (error) {
      done?.(error)
    }
  }

  /** Signs an account out on every device (after a password change). */
  destroyAccount(accountId: string): void {
    this.#removeAccount.run(accountId)
  }
}
