import { randomBytes } from 'node:crypto'
import type { Db } from './db'

/** One row of `accounts`, as the server code uses it. */
export interface Account {
  id: string
  email: string
  firstName: string
  lastName: string
  organisationId: number | null
  passwordHash: string | null
  mustUpdate: boolean
  credentialVersion: number
  locale: 'fr' | 'en'
  /** The email was verified (the activation link of a sign-up); seeded accounts are. */
  activated: boolean
}

/** The organisation shown in the dashboard's sidebar. */
export interface Organisation {
  name: string
  postcode: string
  city: string
  siret: string
  multiSiret: boolean
  branch: string
  headcount: string
  requests: { archived: number; inProgress: number; draft: number }
}

interface AccountRow {
  id: string
  email: string
  first_name: string
  last_name: string
  organisation_id: number | null
  password_hash: string | null
  must_update: number
  credential_version: number
  locale: string
  activated: number
}

function toAccount(row: AccountRow): Account {
  return {
    id: row.id,
    email: row.email,
    firstName: row.first_name,
    lastName: row.last_name,
    organisationId: row.organisation_id,
    passwordHash: row.password_hash,
    mustUpdate: row.must_update === 1,
    credentialVersion: row.credential_version,
    locale: row.locale === 'en' ? 'en' : 'fr',
    activated: row.activated === 1,
  }
}

/** Emails are compared trimmed and lower-cased, as users type them in many ways. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase()
}

/** Opaque account ids: reset tokens carry this, never the email. */
export function newAccountId(): string {
  return `acc_${randomBytes(12).toString('base64url')}`
}

/** Data access for accounts and their organisation. */
export function accountRepository(db: Db) {
  const byEmail = db.prepare('SELECT * FROM accounts WHERE email = ?')
  const byId = db.prepare('SELECT * FROM accounts WHERE id = ?')
  const org = db.prepare('SELECT * FROM organisations WHERE id = ?')
  const updatePassword = db.prepare(
    'UPDATE accounts SET password_hash = ?, must_update = 0, credential_version = credential_version + 1 WHERE id = ?',
  )
  const rehash = db.prepare(
    'UPDATE accounts SET password_hash = ? WHERE id = ? AND password_hash = ?',
  )
  const insert = db.prepare(
    `INSERT INTO accounts (id, email, first_name, last_name, organisation_id, password_hash, must_update, locale, activated, created_at)
     VALUES (@id, @email, @firstName, @lastName, @organisationId, @passwordHash, @mustUpdate, @locale, @activated, @createdAt)`,
  )
  const markActivated = db.prepare('UPDATE accounts SET activated = 1 WHERE id = ?')

  return {
    findByEmail(email: string): Account | null {
      const row = byEmail.get(normaliseEmail(email)) as AccountRow | undefined
      return row ? toAccount(row) : null
    },
    findById(id: string): Account | null {
      const row = byId.get(id) as AccountRow | undefined
      return row ? toAccount(row) : null
    },
    organisation(account: Account): Organisation | null {
      if (account.organisationId === null) return null
      const row = org.get(account.organisationId) as Record<string, string | number> | undefined
      if (!row) return null
      return {
        name: String(row.name),
        postcode: String(row.postcode),
        city: String(row.city),
        siret: String(row.siret),
        multiSiret: row.multi_siret === 1,
        branch: String(row.branch),
        headcount: String(row.headcount),
        requests: {
          archived: Number(row.requests_archived),
          inProgress: Number(row.requests_in_progress),
          draft: Number(row.requests_draft),
        },
      }
    },
    /** A new password clears the migration flag and bumps the version (outstanding links go stale). */
    setPasswordHash(id: string, hash: string): void {
      updatePassword.run(hash, id)
    },
    /** Swaps a legacy hash for a current one, only if nobody changed it meanwhile. */
    replaceHash(id: string, previous: string, next: string): boolean {
      return rehash.run(next, id, previous).changes === 1
    },
    /** The activation link was followed. */
    activate(id: string): void {
      markActivated.run(id)
    },
    create(input: {
      email: string
      firstName: string
      lastName: string
      passwordHash: string | null
      organisationId?: number | null
      mustUpdate?: boolean
      locale?: 'fr' | 'en'
      activated?: boolean
    }): Account {
      const id = newAccountId()
      insert.run({
        id,
        email: normaliseEmail(input.email),
        firstName: input.firstName,
        lastName: input.lastName,
        organisationId: input.organisationId ?? null,
        passwordHash: input.passwordHash,
        mustUpdate: input.mustUpdate ? 1 : 0,
        locale: input.locale ?? 'fr',
        activated: input.activated === false ? 0 : 1,
        createdAt: Date.now(),
      })
      return this.findById(id)!
    },
  }
}

/** The repository's type, for functions that receive it. */
export type AccountRepository = ReturnType<typeof accountRepository>
