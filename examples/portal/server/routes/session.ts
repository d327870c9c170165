import { randomBytes } from 'node:crypto'
import { hashPassword, needsRehash, verifyPassword } from '@sesame/express'
import express from 'express'
import { type Account, type AccountRepository, normaliseEmail } from '../accounts'
import { problem } from '../problems'
import type { PortalSesame } from '../sesame'
import type { SessionStore } from '../sessions'

const WINDOW_MS = 15 * 60 * 1000
const MAX_PER_EMAIL = 10
const MAX_PER_IP = 50

/** What the client shows of the signed-in account (GET /api/me and the sign-in answer). */
export function publicAccount(account: Account, accounts: AccountRepository) {
  return {
    firstName: account.firstName,
    lastName: account.lastName,
    email: account.email,
    organisation: accounts.organisation(account),
  }
}

/** "Me connecter", "Me déconnecter" and who is signed in. */
export async function sessionRoutes(deps: {
  accounts: AccountRepository
  sessions: SessionStore
  sesame: PortalSesame
}): Promise<express.Router> {
  const { accounts, sessions, sesame } = deps
  // Unknown emails are verified against this too, so both answers take the same time.
  const dummyHash = await hashPassword(randomBytes(16).toString('hex'))
  const router = express.Router()

  router.get('/me', (req, res) => {
    const id = sessions.accountId(req)
    const account = id ? accounts.findById(id) : null
    if (!account || account.mustUpdate) return problem(res, 401, 'not_signed_in', 'Not signed in')
    res.set('Cache-Control', 'no-store').json(publicAccount(account, accounts))
  })

  router.post('/session', async (req, res) => {
    const { email, password, remember } = (req.body ?? {}) as Record<string, unknown>
    if (typeof email !== 'string' || typeof password !== 'string' || password.length > 4096) {
      return problem(res, 400, 'invalid_request', 'email and password are required')
    }
    const key = normaliseEmail(email)
    const [perEmail, perIp] = await Promise.all([
      sesame.store.hit(`signin:email:${key}`, WINDOW_MS),
      sesame.store.hit(`signin:ip:${req.ip ?? ''}`, WINDOW_MS),
    ])
    if (perEmail.count > MAX_PER_EMAIL || perIp.count > MAX_PER_IP) {
      const resetAt = Math.max(perEmail.resetAt.getTime(), perIp.resetAt.getTime())
      res.set('Retry-After', String(Math.ceil((resetAt - Date.now()) / 1000)))
      return problem(res, 429, 'rate_limited', 'Too many attempts')
    }
    const account = accounts.findByEmail(key)
    const stored = account?.passwordHash ?? dummyHash
    const valid = (await verifyPassword(password, stored)) && account?.passwordHash != null
    if (!account || !valid) {
      return problem(res, 401, 'invalid_credentials', 'Wrong email or password')
    }
    // Migrated accounts: the old password is right, but the new portal wants a new one first
    // (403 password_update_required with a short-lived update token; no session).
    if (await sesame.requireUpdate(req, res, account)) return
    if (needsRehash(stored)) accounts.replaceHash(account.id, stored, await hashPassword(password))
    sessions.start(req, res, account.id, remember === true)
    res.set('Cache-Control', 'no-store').json(publicAccount(account, accounts))
  })

  router.post('/session/sign-out', (req, res) => {
    sessions.end(req, res)
    res.status(204).end()
  })

  return router
}
