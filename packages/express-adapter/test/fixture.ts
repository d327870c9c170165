import { definePolicy, presets } from '@sesame/core'
import { createResetTokens } from '@sesame/core/tokens'
import { recordingHooks } from '@sesame/server/testing'
import express from 'express'
import {
  hashPassword,
  memoryStore,
  type PasswordResetOptions,
  passwordReset,
  type ResetEmail,
  requirePasswordUpdate,
  type Store,
  type UsersAdapter,
  verifyPassword,
} from '../src/index'

/** An account of the test portal. */
export interface TestUser {
  id: string
  email: string
  name: string
  passwordHash: string
  status: 'ok' | 'update_required' | 'none'
  sessions: number
}

/** The major version of the Express this project runs against (aliased in vitest.config.ts). */
export const EXPRESS_MAJOR = process.env.EXPRESS_MAJOR === '4' ? 4 : 5

/** True when the imported express is 4.x (`express.query` was removed in 5). */
export const runningExpress4 =
  typeof (express as unknown as { query?: unknown }).query === 'function'

export const SECRET = 'a-test-secret-of-at-least-32-bytes-long!!'
export const ORIGIN = 'https://portal.example'

/** A fake clock shared by the token issuers, so tests can expire tokens. */
export const clock = { offsetMs: 0, now: () => Date.now() + clock.offsetMs }

export function makeTokens(purpose = 'reset', secret = SECRET) {
  return createResetTokens({
    keys: [{ kid: 'k1', secret }],
    ttl: purpose === 'reset' ? '30m' : '10m',
    issuer: ORIGIN,
    audience: 'password-reset',
    purpose,
    now: clock.now,
  })
}

export const policy = presets.classic
export const strictPolicy = definePolicy({
  version: 1,
  rules: [...presets.classic.rules, { type: 'notContextual' }],
})

export interface Fixture {
  app: express.Express
  users: Map<string, TestUser>
  emails: ResetEmail<TestUser>[]
  events: { name: string; payload: unknown }[]
  router: ReturnType<typeof passwordReset<TestUser>>
  store: Store
  addUser(user: Partial<TestUser> & { email: string }): Promise<TestUser>
}

export interface FixtureOptions extends Partial<PasswordResetOptions<TestUser>> {
  /** Parse bodies with express.json() before the router, as many apps do. */
  upstreamJson?: boolean
  /** Accept reset tokens only (no first-sign-in update tokens). */
  resetTokensOnly?: boolean
  /** Keep a constant credential state (an app that forgot to version it): exercises store single use. */
  constantState?: boolean
}

export { recordingHooks } from '@sesame/server/testing'

/** A small portal: the reset routes under /auth plus a sign-in route using requirePasswordUpdate. */
export function makeFixture(options: FixtureOptions = {}): Fixture {
  const users = new Map<string, TestUser>()
  const emails: ResetEmail<TestUser>[] = []
  const { events, hooks } = recordingHooks()
  const byEmail = (email: string): TestUser | undefined =>
    [...users.values()].find((user) => user.email === email)
  const adapter: UsersAdapter<TestUser> = {
    findByEmail: (email) => byEmail(email) ?? null,
    findById: (id) => users.get(id) ?? null,
    credentialState: (user) => (options.constantState ? 'v1' : user.passwordHash),
    async setPassword(user, password) {
      user.passwordHash = await hashPassword(password)
      user.status = 'ok'
    },
    revokeSessions(user) {
      user.sessions = 0
    },
    signIn(_req, res, user) {
      user.sessions += 1
      res.setHeader('Set-Cookie', `session=${user.id}-${user.sessions}; HttpOnly`)
    },
    passwordContext: (user) => ({ email: user.email, name: user.name }),
    passwordStatus: (user) => user.status,
  }
  const store = options.store ?? memoryStore()
  const updateTokens = makeTokens('update')
  const router = passwordReset<TestUser>({
    policy,
    tokens: makeTokens(),
    ...(options.resetTokensOnly ? {} : { updateTokens }),
    users: adapter,
    sendResetEmail: (message) => {
      emails.push(message)
    },
    resetUrl: { origin: ORIGIN },
    hooks,
    ...options,
    store,
  })
  const app = express()
  app.set('trust proxy', false)
  if (options.upstreamJson) app.use(express.json())
  app.use('/auth', router)
  const gate = requirePasswordUpdate({ users: adapter, updateTokens })
  app.post('/signin', express.json(), async (req, res) => {
    const { email, password } = req.body as { email: string; password: string }
    const user = byEmail(email)
    if (!user) {
      res.status(401).json({ code: 'invalid_credentials' })
      return
    }
    const verified = user.status === 'none' || (await verifyPassword(password, user.passwordHash))
    if (!verified) {
      res.status(401).json({ code: 'invalid_credentials' })
      return
    }
    if (await gate(req, res, user)) return
    user.sessions += 1
    res.json({ signedIn: true })
  })

  let next = 1
  return {
    app,
    users,
    emails,
    events,
    router,
    store,
    async addUser(partial) {
      const user: TestUser = {
        id: `u${next++}`,
        name: 'Camille Martin',
        passwordHash: await hashPassword('Ancien-mot2passe!'),
        status: 'ok',
        sessions: 1,
        ...partial,
      }
      users.set(user.id, user)
      return user
    },
  }
}

export { tokenOf } from '@sesame/server/testing'
