import { hashPassword, sendProblem, validatePassword } from '@sesame/express'
import express, { type NextFunction, type Request, type Response } from 'express'
import { type AccountRepository, normaliseEmail } from '../accounts'
import { normaliseName } from '../names'
import { policy } from '../sesame'
import type { Sessions } from '../sessions'
import { publicAccount } from './account'

// Interim: the portal's own sign-up, until the library's POST /sign-up (with activation) replaces this file.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const MAX_EMAIL = 320

function invalid(req: Request, res: Response, field: string): void {
  sendProblem(req, res, 'invalid_field', { field, errors: [{ field }] })
}

// Bounds and checks the portal's own fields before any work; names become their normal form.
function signUpFields(req: Request, res: Response, next: NextFunction): void {
  const body = (req.body ?? {}) as Record<string, unknown>
  const firstName = normaliseName(body.firstName)
  const lastName = normaliseName(body.lastName)
  const email = body.email
  const validEmail =
    typeof email === 'string' && email.length <= MAX_EMAIL && EMAIL.test(email.trim())
  const refused =
    firstName === null ? 'firstName' : lastName === null ? 'lastName' : validEmail ? null : 'email'
  if (refused !== null || firstName === null || lastName === null || typeof email !== 'string') {
    invalid(req, res, refused ?? 'email')
    return
  }
  body.firstName = firstName
  body.lastName = lastName.toUpperCase()
  body.email = normaliseEmail(email)
  next()
}

/** "Inscrivez-vous !": the portal's own fields, then the same policy as the reset (`validatePassword`). */
export function signUpRoutes(deps: {
  accounts: AccountRepository
  sessions: Sessions
  localeOf: (req: Request) => 'fr' | 'en'
}): express.Router {
  const { accounts, sessions, localeOf } = deps
  const router = express.Router()
  router.post(
    '/accounts',
    signUpFields,
    validatePassword(policy, {
      context: (req) => ({
        email: String(req.body.email),
        name: `${req.body.firstName} ${req.body.lastName}`,
      }),
    }),
    async (req: Request, res: Response) => {
      const body = req.body as Record<string, string>
      // Refused like a malformed address; the library's sign-up will answer the same for both.
      if (accounts.findByEmail(body.email!)) return invalid(req, res, 'email')
      const account = accounts.create({
        email: body.email!,
        firstName: body.firstName!,
        lastName: body.lastName!,
        passwordHash: await hashPassword(body.password!),
        locale: localeOf(req),
      })
      await sessions.signIn(req, account.id, false)
      res.status(201).json(publicAccount(account, accounts))
    },
  )
  return router
}
