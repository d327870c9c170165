import { definePolicy, presets } from '@sesame/core'
import { createResetTokens } from '@sesame/core/tokens'
import type { ChallengeDescriptor } from '@sesame/core/wire'
import type { SendEmail, SesameEmail } from '../../emails/types'
import type { ResetHooks } from '../../hooks'
import type { HandlerOptions, ResetEmail } from '../../options'
import type { UsersAdapter } from '../../users'

/** An account of the suite's portal: the password is kept as a version, hashing is not under test. */
export interface SuiteUser {
  /** Opaque id. */
  id: string
  /** Normalised email. */
  email: string
  /** Display name (for `notContextual`). */
  name: string
  /** The current password, in clear (a test double). */
  password: string
  /** Bumped on each password change: the credential state. */
  version: number
  /** `passwordStatus`. */
  status: 'ok' | 'update_required' | 'none'
  /** Open sessions. */
  sessions: number
  /** The email was verified (activation link, accepted invitation). */
  activated: boolean
  /** The account's second factor, or null. */
  secondFactor: ChallengeDescriptor | null
  /** The locale given at sign-up. */
  locale?: string
}

/** One recorded audit event. */
export interface RecordedEvent {
  /** The hook's name. */
  readonly name: keyof ResetHooks
  /** What it received. */
  readonly payload: unknown
}

/** A fake clock shared by the suite's token issuers, so checks can expire tokens. */
export interface Clock {
  /** Added to the real time, e.g. `31 * 60_000` to expire a 30-minute token. */
  offsetMs: number
  /** The clock's time, in milliseconds since the epoch. */
  now(): number
}

export const SUITE_SECRET = 'the-binding-suite-secret-of-at-least-32-bytes'
export const SUITE_ORIGIN = 'https://portal.example'

const SUITE_TTL: Readonly<Record<string, string>> = {
  reset: '30m',
  update: '10m',
  activate: '24h',
  invite: '7d',
}

/** Reset (30 min), update (10 min), activation (24 h) or invitation (7 days) tokens of the suite, on its clock. */
export function suiteTokens(clock: Clock, purpose = 'reset', secret = SUITE_SECRET) {
  return createResetTokens({
    keys: [{ kid: 'k1', secret }],
    ttl: SUITE_TTL[purpose] ?? '10m',
    issuer: SUITE_ORIGIN,
    audience: 'password-reset',
    purpose,
    now: () => clock.now(),
  })
}

/** The seed's policy with `notContextual` added. */
export const contextualPolicy = definePolicy({
  version: 1,
  rules: [...presets.classic.rules, { type: 'notContextual' }],
})

/** Everything a check looks at: accounts, outbox, events, and the options it gives the binding. */
export interface SuiteFixture {
  /** The accounts, by id. */
  readonly users: Map<string, SuiteUser>
  /** Every reset email sent. */
  readonly outbox: ResetEmail<SuiteUser>[]
  /** Every email sent, of every kind, in order. */
  readonly emails: SesameEmail<SuiteUser>[]
  /** Every audit event, in order. */
  readonly events: RecordedEvent[]
  /** The token issuers' clock. */
  readonly clock: Clock
  /** The handler options to give the binding. */
  readonly options: HandlerOptions<SuiteUser>
  /** Adds an account (password `Ancien-mot2passe!`, one session) and returns it. */
  add(email: string, partial?: Partial<SuiteUser>): SuiteUser
}

/** Options of {@link suiteFixture}: handler options to override, and test switches. */
export interface SuiteFixtureOptions extends Partial<HandlerOptions<SuiteUser>> {
  /** A credential state that never changes: only the store's single use stops a replay. */
  readonly constantState?: boolean
  /** Accept reset tokens only (no update tokens). */
  readonly resetTokensOnly?: boolean
}

/** Hooks that record every audit event, in order, for assertions. */
export function recordingHooks(): { readonly events: RecordedEvent[]; readonly hooks: ResetHooks } {
  const events: RecordedEvent[] = []
  const record =
    (name: keyof ResetHooks) =>
    (payload: unknown): void => {
      events.push({ name, payload })
    }
  const hooks: ResetHooks = {
    requested: record('requested'),
    emailSent: record('emailSent'),
    verified: record('verified'),
    redeemed: record('redeemed'),
    failed: record('failed'),
    rateLimited: record('rateLimited'),
    passwordChanged: record('passwordChanged'),
    signedUp: record('signedUp'),
    activated: record('activated'),
    invited: record('invited'),
  }
  return { events, hooks }
}

/** A fresh fixture: an in-memory portal whose adapter records what the flows do. */
export function suiteFixture(overrides: SuiteFixtureOptions = {}): SuiteFixture {
  const { constantState, resetTokensOnly, ...options } = overrides
  const users = new Map<string, SuiteUser>()
  const outbox: ResetEmail<SuiteUser>[] = []
  const emails: SesameEmail<SuiteUser>[] = []
  const sendEmail: SendEmail<SuiteUser> = (email) => {
    emails.push(email)
    if (email.kind === 'reset') outbox.push(email)
  }
  const { events, hooks } = recordingHooks()
  const clock: Clock = { offsetMs: 0, now: () => Date.now() + clock.offsetMs }
  const adapter: UsersAdapter<SuiteUser> = {
    findByEmail: (email) => [...users.values()].find((user) => user.email === email) ?? null,
    findById: (id) => users.get(id) ?? null,
    credentialState: (user) => (constantState ? 'constant' : `v${user.version}`),
    setPassword(user, password) {
      user.password = password
      user.version += 1
      user.status = 'ok'
    },
    revokeSessions(user) {
      user.sessions = 0
    },
    signIn(user, { headers }) {
      user.sessions += 1
      headers.append('set-cookie', `session=${user.id}-${user.sessions}; HttpOnly; Path=/`)
    },
    passwordContext: (user) => ({ email: user.email, name: user.name }),
    passwordStatus: (user) => user.status,
    create(account) {
      const user: SuiteUser = {
        id: `u${next++}`,
        email: account.email,
        name: account.name ?? '',
        password: account.password,
        version: 1,
        status: 'ok',
        sessions: 0,
        activated: false,
        secondFactor: null,
        locale: account.locale,
      }
      users.set(user.id, user)
      return user
    },
    activate(user) {
      user.activated = true
    },
    isActivated: (user) => user.activated,
    secondFactor: (user) => user.secondFactor,
  }
  let next = 1
  return {
    users,
    outbox,
    emails,
    events,
    clock,
    options: {
      policy: presets.classic,
      tokens: suiteTokens(clock),
      ...(resetTokensOnly ? {} : { updateTokens: suiteTokens(clock, 'update') }),
      activationTokens: suiteTokens(clock, 'activate'),
      inviteTokens: suiteTokens(clock, 'invite'),
      users: adapter,
      // A check that gives its own sendResetEmail gets it alone.
      ...(options.sendResetEmail ? {} : { sendEmail }),
      resetUrl: { origin: SUITE_ORIGIN },
      hooks,
      ...options,
    },
    add(email, partial = {}) {
      const user: SuiteUser = {
        id: `u${next++}`,
        email,
        name: 'Camille Martin',
        password: 'Ancien-mot2passe!',
        version: 1,
        status: 'ok',
        sessions: 1,
        activated: true,
        secondFactor: null,
        ...partial,
      }
      users.set(user.id, user)
      return user
    },
  }
}

/** The token carried in a reset link (fragment or query). */
export function tokenOf(url: string): string {
  const link = new URL(url)
  const token =
    new URLSearchParams(link.hash.slice(1)).get('token') ?? link.searchParams.get('token')
  if (!token) throw new Error('no token in the reset link')
  return token
}
