import { hashPassword, validatePassword } from '@sesame/express'
import express, { type NextFunction, type Request, type Response } from 'express'
import { type AccountRepository, normaliseEmail } from '../accounts'
import { problem } from '../problems'
import { policy } from '../sesame'
import type { SessionStore } from '../sessions'
import { publicAccount } from './session'

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

function signUpFields(req: Request, res: Response, next: NextFunction): void {
  const body = (req.body ?? {}) as Record<string, unknown>
  const invalid = (['firstName', 'lastName', 'email'] as const).filter((field) => {
    const value = body[field]
    return typeof value !== 'string' || value.trim() === '' || value.length > 200
  })
  if (invalid.length === 0 && !EMAIL.test(String(body.email))) invalid.push('email')
  if (invalid.length > 0) {
    problem(res, 400, 'invalid_request', 'Missing or invalid fields', { fields: invalid })
    return
  }
  next()
}

/** "Inscrivez-vous !": the portal's own fields, then the same policy as the reset (`validatePassword`). */
export function signUpRoutes(deps: {
  accounts: AccountRepository
  sessions: SessionStore
  localeOf: (req: Request) => 'fr' | 'en'
}): express.Router {
  const { accounts, sessions, localeOf } = deps
  const router = express.Router()
  router.post(
    '/accounts',
    signUpFields,
    validatePassword(policy, {
      context: (req) => ({
        email: normaliseEmail(String(req.body.email)),
        name: `${req.body.firstName} ${req.body.lastName}`,
      }),
    }),
    async (req: Request, res: Response) => {
      const body = req.body as Record<string, string>
      const email = normaliseEmail(body.email!)
      if (accounts.findByEmail(email)) {
        return problem(res, 409, 'email_taken', 'An account already exists with this email')
      }
      const account = accounts.create({
        email,
        firstName: body.firstName!.trim(),
        lastName: body.lastName!.trim().toUpperCase(),
        passwordHash: await hashPassword(body.password!),
        locale: localeOf(req),
      })
      sessions.start(req, res, account.id, false)
      res.status(201).json(publicAccount(account, accounts))
    },
  )
  return router
}
