import { sendProblem } from '@sesame/express'
import express from 'express'
import type { Account, AccountRepository } from '../accounts'
import type { Sessions } from '../sessions'

/** What the client shows of the signed-in account (GET /api/me and the sign-in answer). */
export function publicAccount(account: Account, accounts: AccountRepository) {
  return {
    firstName: account.firstName,
    lastName: account.lastName,
    email: account.email,
    organisation: accounts.organisation(account),
  }
}

/** Who is signed in, and "Me déconnecter": the portal's own session routes. */
export function accountRoutes(deps: {
  accounts: AccountRepository
  sessions: Sessions
}): express.Router {
  const { accounts, sessions } = deps
  const router = express.Router()

  router.get('/me', (req, res) => {
    const id = sessions.accountId(req)
    const account = id ? accounts.findById(id) : null
    if (!account || account.mustUpdate) return sendProblem(req, res, 'not_signed_in')
    res.set('Cache-Control', 'no-store').json(publicAccount(account, accounts))
  })

  router.post('/session/sign-out', async (req, res) => {
    await sessions.signOut(req, res)
    res.status(204).end()
  })

  return router
}
