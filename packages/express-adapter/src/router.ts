import {
  createHandler,
  type HandlerOptions,
  type UsersAdapter as ServerUsersAdapter,
  type SesameHandler,
} from '@sesame/server'
import { writeNodeResponse } from '@sesame/server/node'
import express, { type Request, type Router } from 'express'
import { type ExpressNative, sesameRequest } from './lib/request'
import type { UsersAdapter } from './users'

/** Options of {@link passwordReset}: the server's, with Express's `users.signIn(req, res, user)`. */
export interface PasswordResetOptions<User>
  extends Omit<HandlerOptions<User>, 'users' | 'basePath' | 'clientAddress'> {
  /** The app's accounts. */
  users: UsersAdapter<User>
  /** Other paths under the mount point: 404/405 problems (default), or `'next'` to the app's routes. */
  unmatched?: 'problem' | 'next'
}

/** The router returned by {@link passwordReset}, with a way to wait for its background jobs. */
export type PasswordResetRouter = Router & {
  /** Resolves once every queued forgot-password job (lookup, token, email) has finished. */
  drain(): Promise<void>
  /** The framework-neutral handler behind the router. */
  readonly handler: SesameHandler
}

function regenerateSession(req: Request): Promise<void> {
  const session = (req as { session?: { regenerate?: (done: (error?: unknown) => void) => void } })
    .session
  if (typeof session?.regenerate !== 'function') return Promise.resolve()
  return new Promise((resolve, reject) => {
    session.regenerate?.((error) => (error ? reject(error) : resolve()))
  })
}

/**
 * The password routes of `@sesame/server` for Express 4 and 5: `app.use('/auth', passwordReset({ … }))`.
 * Every route of its table (policy, forgot and reset, sign-in, change-password, sign-up, activation,
 * invitations);
 * the router reads its own bodies (or reuses what `express.json()` parsed) and answers RFC 9457
 * problems. Add {@link problemErrorHandler} after it when an app-level body parser runs first.
 */
export function passwordReset<User>(options: PasswordResetOptions<User>): PasswordResetRouter {
  const { unmatched = 'problem', users, ...rest } = options
  const { signIn, ...accounts } = users ?? {}
  const adapter: ServerUsersAdapter<User> = { ...(accounts as ServerUsersAdapter<User>) }
  if (signIn) {
    adapter.signIn = async (user, context) => {
      const { req, res } = context.request.native as ExpressNative
      // A fresh session only: never carry over one that existed before the reset.
      await regenerateSession(req)
      await signIn.call(users, req, res, user, { remember: context.remember === true })
    }
  }
  const handler = createHandler<User>({ ...rest, users: adapter })
  const router = express.Router() as PasswordResetRouter
  router.use((req, res, next) => {
    if (unmatched === 'next' && handler.match(req.method, req.path).kind !== 'route') {
      next()
      return
    }
    handler
      .handle(sesameRequest(req, res))
      .then((response) => writeNodeResponse(res, response), next)
  })
  router.drain = () => handler.drain()
  Object.defineProperty(router, 'handler', { value: handler })
  return router
}
