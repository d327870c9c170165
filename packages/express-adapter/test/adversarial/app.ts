import { type Policy, presets } from '@sesame/core'
import { createResetTokens } from '@sesame/core/tokens'
import express, { type Express, type RequestHandler } from 'express'
import {
  memoryStore,
  type PasswordResetOptions,
  type PasswordResetRouter,
  passwordReset,
  type ResetEmail,
  type Store,
  type UsersAdapter,
} from '../../src/index'
import { recordingHooks } from '../fixture'

/** An account of the adversarial portal: the "password" is kept in clear, hashing is not under test. */
export interface Account {
  id: string
  email: string
  password: string
  version: number
}

/** The database several app instances share, with a count of password writes per account. */
export interface Database {
  accounts: Map<string, Account>
  setPasswordCalls: Map<string, number>
  add(email: string): Account
}

export function database(): Database {
  const accounts = new Map<string, Account>()
  const setPasswordCalls = new Map<string, number>()
  let next = 1
  return {
    accounts,
    setPasswordCalls,
    add(email) {
      const account = { id: `acct-${next++}`, email, password: 'Ancien-mot2passe!', version: 1 }
      accounts.set(account.id, account)
      return account
    },
  }
}

export const SECRET = 'adversarial-suite-secret-of-at-least-32-bytes'
export const ORIGIN = 'https://portal.example'

export function resetTokens() {
  return createResetTokens({
    keys: [{ kid: 'adv', secret: SECRET }],
    ttl: '30m',
    issuer: ORIGIN,
    audience: 'password-reset',
  })
}

export interface AppOptions extends Partial<PasswordResetOptions<Account>> {
  db?: Database
  /** Honour X-Forwarded-For (Express `trust proxy`), so a test can play many client addresses. */
  trustProxy?: boolean
  /** Credential state that never changes: only the store's single use stops a replay. */
  constantState?: boolean
  policy?: Policy
  /** Middleware mounted before the routes (e.g. a deliberate leak, to show a test can fail). */
  before?: RequestHandler[]
}

/** One app instance: the reset routes under /auth, with every email and hook event recorded. */
export interface Instance {
  app: Express
  router: PasswordResetRouter
  db: Database
  emails: ResetEmail<Account>[]
  events: { name: string; payload: unknown }[]
  store: Store
}

export function instance(options: AppOptions = {}): Instance {
  const {
    db = database(),
    trustProxy = false,
    constantState = false,
    before = [],
    ...rest
  } = options
  const emails: ResetEmail<Account>[] = []
  const { events, hooks } = recordingHooks()
  const users: UsersAdapter<Account> = {
    findByEmail: (email) => [...db.accounts.values()].find((a) => a.email === email) ?? null,
    findById: (id) => db.accounts.get(id) ?? null,
    credentialState: (account) => (constantState ? 'constant' : `v${account.version}`),
    setPassword(account, password) {
      account.password = password
      account.version += 1
      db.setPasswordCalls.set(account.id, (db.setPasswordCalls.get(account.id) ?? 0) + 1)
    },
  }
  const store = rest.store ?? memoryStore()
  const router = passwordReset<Account>({
    policy: presets.classic,
    tokens: resetTokens(),
    users,
    sendResetEmail: (message) => {
      emails.push(message)
    },
    resetUrl: { origin: ORIGIN },
    hooks,
    ...rest,
    store,
  })
  const app = express()
  app.set('trust proxy', trustProxy)
  for (const handler of before) app.use(handler)
  app.use('/auth', router)
  return { app, router, db, emails, events, store }
}

export { tokenOf } from '@sesame/server/testing'
