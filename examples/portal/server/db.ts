import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'

/** The portal's SQLite connection. */
export type Db = Database.Database

const schema = `
CREATE TABLE IF NOT EXISTS organisations (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  postcode TEXT NOT NULL,
  city TEXT NOT NULL,
  siret TEXT NOT NULL,
  multi_siret INTEGER NOT NULL DEFAULT 0,
  branch TEXT NOT NULL,
  headcount TEXT NOT NULL,
  requests_archived INTEGER NOT NULL DEFAULT 0,
  requests_in_progress INTEGER NOT NULL DEFAULT 0,
  requests_draft INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS accounts (
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  organisation_id INTEGER REFERENCES organisations(id),
  password_hash TEXT,
  -- migrated from the old portal: the first sign-in must go through the password update
  must_update INTEGER NOT NULL DEFAULT 0,
  credential_version INTEGER NOT NULL DEFAULT 0,
  locale TEXT NOT NULL DEFAULT 'fr',
  -- 0 until a sign-up's activation link is followed
  activated INTEGER NOT NULL DEFAULT 1,
  created_at INTEGER NOT NULL
);
-- Tables of earlier versions: the hand-written sessions, and a token secret kept beside the accounts.
DROP TABLE IF EXISTS sessions;
DROP TABLE IF EXISTS settings;
CREATE TABLE IF NOT EXISTS web_sessions (
  -- SHA-256 of the cookie's id: a copy of the database does not hand out live sessions
  id_hash TEXT PRIMARY KEY,
  account_id TEXT REFERENCES accounts(id) ON DELETE CASCADE,
  data TEXT NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS web_sessions_account ON web_sessions(account_id);
CREATE TABLE IF NOT EXISTS mailbox (
  id INTEGER PRIMARY KEY,
  to_address TEXT NOT NULL,
  subject TEXT NOT NULL,
  text_body TEXT NOT NULL,
  html_body TEXT NOT NULL,
  locale TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
`

/** Opens (and creates when missing) the portal's database; `isNew` tells whether it must be seeded. */
export function openDatabase(file: string): { db: Db; isNew: boolean } {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true })
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  const isNew =
    db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'accounts'").get() ===
    undefined
  db.exec(schema)
  // A database of an earlier version: its accounts were all activated.
  const columns = db.prepare('PRAGMA table_info(accounts)').all() as { name: string }[]
  if (!columns.some((column) => column.name === 'activated')) {
    db.exec('ALTER TABLE accounts ADD COLUMN activated INTEGER NOT NULL DEFAULT 1')
  }
  return { db, isNew }
}
