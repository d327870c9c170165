import { randomBytes } from 'node:crypto'
import { hashPassword, needsRehash, sendProblem, verifyPassword } from '@sesame/express'
import express from 'express'
import { type AccountRepository, normaliseEmail } from '../accounts'
import type { PortalSesame } from '../sesame'
import type { Sessions } from '../sessions'
import { publicAccount } from './account'

// Interim: the portal's own sign-in, until the library's POST /sign-in replaces this file.
const WINDOW_MS = 15 * 60 * 1000
const MAX_PER_EMAIL = 10
const MAX_PER_IP = 50
const MAX_EMAIL = 320
const MAX_PASSWORD = 4096

/** "Me connecter": POST /api/session (migrated accounts answer password_update_required). */
export async function signInRoutes(deps: {
  accounts: AccountRepository
  sessions: Sessions
  sesame: PortalSesame
}): Promise<express.Router> {
  const { accounts, sessions, sesame } = deps
  // Unknown emails are verified against this too, so both answers take the same time.
  const dummyHash = await hashPassword(randomBytes(16).toString('hex'))
  const router = express.Router()

  router.post('/session', async (req, res) => {
    const { email, password, remember } = (req.body ?? {}) as Record<string, unknown>
    const bad =
      typeof email !== 'string' || email.length > MAX_EMAIL
        ? 'email'
        : typeof password !== 'string' || password.length > MAX_PASSWORD
          ? 'password'
          : null
    if (bad !== null) {
      return sendProblem(req, res, 'invalid_field', { field: bad, errors: [{ field: bad }] })
    }
    const key = normaliseEmail(email as string)
    const [perEmail, perIp] = await Promise.all([
      sesame.store.hit(`signin:email:${key}`, WINDOW_MS),
      sesame.store.hit(`signin:ip:${req.ip ?? ''}`, WINDOW_MS),
    ])
    if (perEmail.count > MAX_PER_EMAIL || perIp.count > MAX_PER_IP) {
      const resetAt = Math.max(perEmail.resetAt.getTime(), perIp.resetAt.getTime())
      const retryAfter = Math.max(1, Math.ceil((resetAt - Date.now()) / 1000))
      return sendProblem(
        req,
        res,
        'rate_limited',
        { retryAfter },
        { 'retry-after': String(retryAfter) },
      )
    }
    const account = accounts.findByEmail(key)
    const stored = account?.passwordHash ?? dummyHash
    const valid =
      (await verifyPassword(password as string, stored)) && account?.passwordHash != null
    if (!account || !valid) return sendProblem(req, res, 'invalid_credentials')
    // Migrated accounts: the old password is right, but the new portal wants a new one first
    // (403 password_update_required with a short-lived update token; no session).
    if (await sesame.requireUpdate(req, res, account)) return
    if (needsRehash(stored)) {
      accounts.replaceHash(account.id, stored, await hashPassword(password as string))
    }
    await sessions.signIn(req, account.id, remember === true)
    res.set('Cache-Control', 'no-store').json(publicAccount(account, accounts))
  })

  return router
}
