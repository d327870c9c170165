import { hkdfSync } from 'node:crypto'
import { presets } from '@sesame/core'
import { createResetTokens } from '@sesame/core/tokens'
import {
  argon2Hasher,
  fromIoredis,
  memoryStore,
  passwordReset,
  redisStore,
  type Store,
  type UsersAdapter,
} from '@sesame/express'
import { renderEmail } from '@sesame/server/emails'
import type { Request } from 'express'
import { Redis } from 'ioredis'
import type { Account, AccountRepository } from './accounts'
import type { PortalConfig } from './config'
import type { Mailer } from './mailer'
import { splitName } from './names'
import type { Sessions } from './sessions'

/** The seed's policy: 1 lowercase, 1 uppercase, 2 digits, 8 characters, 1 special character. */
export const policy = presets.classic

const ISSUER = 'mes-services-en-ligne'
const PRODUCT = 'Mes services en ligne'

/** Everything Sesame gives the portal: its routes (sign-in, sign-up, change, reset), the hasher, the store. */
export function createSesame(deps: {
  config: PortalConfig
  /** The token secret: `PORTAL_TOKEN_SECRET`, or one generated at start in development. */
  secret: string
  accounts: AccountRepository
  sessions: Sessions
  mailer: Mailer
  origin: () => string
}) {
  const { config, secret, accounts, sessions, mailer, origin } = deps
  const redis = config.redisUrl ? new Redis(config.redisUrl) : undefined
  const store: Store = redis
    ? redisStore({ sendCommand: fromIoredis(redis), prefix: config.redisPrefix })
    : memoryStore()

  const keys = [{ kid: 'portal-1', secret }]
  const tokens = createResetTokens({ keys, ttl: '30m', issuer: ISSUER, audience: ISSUER })
  // A migrated account's first sign-in: a short-lived token to set the new password right away.
  const updateTokens = createResetTokens({
    keys,
    ttl: '10m',
    issuer: ISSUER,
    audience: ISSUER,
    purpose: 'update',
  })
  const activationTokens = createResetTokens({
    keys,
    ttl: '24h',
    issuer: ISSUER,
    audience: ISSUER,
    purpose: 'activate',
  })

  const hasher = argon2Hasher()
  const users: UsersAdapter<Account> = {
    findByEmail: (email) => accounts.findByEmail(email),
    findById: (id) => accounts.findById(id),
    id: (account) => account.id,
    email: (account) => account.email,
    // Bumped on every password change: outstanding links and update tokens become stale.
    credentialState: (account) => `${account.credentialVersion}:${account.passwordHash ?? ''}`,
    passwordStatus: (account) =>
      account.mustUpdate ? 'update_required' : account.passwordHash ? 'ok' : 'none',
    passwordContext: (account) => ({
      email: account.email,
      name: `${account.firstName} ${account.lastName}`,
    }),
    async setPassword(account, password) {
      accounts.setPasswordHash(account.id, await hasher.hash(password))
    },
    // POST /sign-in checks the password against this (argon2id, or the seed's legacy bcrypt).
    passwordHash: (account) => account.passwordHash,
    // A legacy hash is swapped after a good sign-in, only if it is still the stored one.
    replacePasswordHash: (account, { from, to }) => accounts.replaceHash(account.id, from, to),
    currentUser(request) {
      const id = sessions.accountId((request.native as { req: Request }).req)
      return id ? accounts.findById(id) : null
    },
    revokeSessions: (account) => sessions.revokeAll(account.id),
    // POST /sign-up: the name was checked by the portal before the route (names.ts).
    async create({ email, password, name, locale }) {
      return accounts.create({
        email,
        ...splitName(name ?? ''),
        passwordHash: await hasher.hash(password),
        locale: locale === 'en' ? 'en' : 'fr',
        activated: false,
      })
    },
    isActivated: (account) => account.activated,
    activate: (account) => accounts.activate(account.id),
    // A fresh session at sign-in and after a reset (never the one that existed before).
    signIn: (req, _res, account, { remember }) =>
      sessions.signIn(req as Request, account.id, remember),
  }

  const resetRoutes = passwordReset<Account>({
    policy,
    tokens,
    updateTokens,
    store,
    users,
    hasher,
    // Past 5 wrong passwords in 15 minutes on one account, the sign-in asks for the emailed
    // link: the owner is never locked out (Mot de passe oublié), a guesser gets no further.
    challenge: {
      issue: () => ({ kind: 'reset_link' }),
      verify: () => false,
    },
    // Built from the configured origin, never from the request's Host header.
    resetUrl: ({ token }) => `${origin()}/reset-password#token=${encodeURIComponent(token)}`,
    activationTokens,
    activationUrl: ({ token }) => `${origin()}/activate#token=${encodeURIComponent(token)}`,
    // The 8-digit code beside the link: keyed from the token secret, the same on every instance.
    resetCodes: {
      secret: Buffer.from(hkdfSync('sha256', secret, '', 'portal reset codes', 32)),
    },
    // Every email of the lifecycle, in the library's templates with the portal's name and time zone.
    async sendEmail(email) {
      const { subject, text, html } = renderEmail(email, {
        productName: PRODUCT,
        timeZone: 'Europe/Paris',
      })
      const locale = email.locale === 'en' ? 'en' : 'fr'
      await mailer.send({ to: email.to, subject, text, html, locale })
    },
  })

  return {
    store,
    storeKind: redis ? ('redis' as const) : ('memory' as const),
    resetRoutes,
    hasher,
    async close() {
      // Emails queued by forgot-password still write to the mailbox: let them finish first.
      await resetRoutes.drain()
      await store.shutdown()
      redis?.disconnect()
    },
  }
}

/** What {@link createSesame} returns. */
export type PortalSesame = ReturnType<typeof createSesame>
