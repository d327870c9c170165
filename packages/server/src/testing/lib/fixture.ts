import { definePolicy, presets } from '@sesame/core'
import { createResetTokens } from '@sesame/core/tokens'
import type { ChallengeDescriptor } from '@sesame/core/wire'
import type { SesameEmail } from '../../emails/types'
import type { Hasher } from '../../hashing/argon2'
import type { ResetHooks } from '../../hooks'
import { base64url, digest } from '../../lib/digest'
import type { ChallengeHook, HandlerOptions, ResetEmail } from '../../options'
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
  /**
   * The stored hash when set (e.g. a migrated `legacy$…` one, or a rehashed one); derived from
   * `password` by {@link suiteHasher} otherwise. `setPassword` clears it.
   */
  hash?: string | null
  /** `false` for an account whose email is not verified yet. */
  activated?: boolean
  /** The account's second factor, when it has one. */
  secondFactor?: ChallengeDescriptor
  /** The hashes of its previous passwords, newest first (`passwordHistory`). */
  history?: string[]
}

function sameText(a: string, b: string): boolean {
  // Constant-time over the longer input, as a real verifier would be.
  let diff = a.length ^ b.length
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    diff |= (a.charCodeAt(i) | 0) ^ (b.charCodeAt(i) | 0)
  }
  return diff === 0
}

/**
 * The suite's {@link Hasher}, fast and deterministic (hashing is not under test): `suite$` + the
 * SHA-256 of the password; it also verifies `legacy$<password>` values, the suite's stand-in for a
 * migrated bcrypt or scrypt hash, and flags them for rehash. Never use it outside tests.
 */
export const suiteHasher: Hasher = {
  hash: async (password) => `suite$${base64url(await digest('SHA-256', password))}`,
  async verify(password, encoded) {
    if (encoded.startsWith('legacy$')) return sameText(encoded, `legacy$${password}`)
    return sameText(encoded, await suiteHasher.hash(password))
  },
  needsRehash: (encoded) => !encoded.startsWith('suite$'),
}

/** The answer {@link suiteChallenge} accepts. */
export const SUITE_CHALLENGE_ANSWER = 'solved-captcha'

/** The suite's challenge hook: a CAPTCHA whose only right answer is {@link SUITE_CHALLENGE_ANSWER}. */
export const suiteChallenge: ChallengeHook = {
  issue: () => ({ kind: 'captcha', data: { siteKey: 'suite-site-key' } }),
  verify: (answer) => answer === SUITE_CHALLENGE_ANSWER,
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

/** Reset (30 min) or update (10 min) tokens of the suite, on its clock. */
export function suiteTokens(clock: Clock, purpose = 'reset', secret = SUITE_SECRET) {
  return createResetTokens({
    keys: [{ kid: 'k1', secret }],
    ttl: purpose === 'reset' ? '30m' : '10m',
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
  readonly mail: SesameEmail<SuiteUser>[]
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
  /** No hasher: sign-in and change-password off, resets without the reuse check. */
  readonly withoutHasher?: boolean
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
    signedIn: record('signedIn'),
  }
  return { events, hooks }
}

/** A fresh fixture: an in-memory portal whose adapter records what the flows do. */
export function suiteFixture(overrides: SuiteFixtureOptions = {}): SuiteFixture {
  const { constantState, resetTokensOnly, withoutHasher, ...options } = overrides
  const users = new Map<string, SuiteUser>()
  const outbox: ResetEmail<SuiteUser>[] = []
  const mail: SesameEmail<SuiteUser>[] = []
  const { events, hooks } = recordingHooks()
  const clock: Clock = { offsetMs: 0, now: () => Date.now() + clock.offsetMs }
  const adapter: UsersAdapter<SuiteUser> = {
    findByEmail: (email) => [...users.values()].find((user) => user.email === email) ?? null,
    findById: (id) => users.get(id) ?? null,
    credentialState: (user) => (constantState ? 'constant' : `v${user.version}`),
    setPassword(user, password) {
      user.password = password
      user.hash = null
      user.version += 1
      user.status = 'ok'
    },
    revokeSessions(user, context) {
      user.sessions = context?.keep ? 1 : 0
    },
    passwordHash: (user) => user.hash ?? suiteHasher.hash(user.password),
    async replacePasswordHash(user, { from, to }) {
      if ((await adapter.passwordHash!(user)) !== from) return false
      user.hash = to
      return true
    },
    isActivated: (user) => user.activated !== false,
    secondFactor: (user) => user.secondFactor ?? null,
    passwordHistory: (user) => user.history ?? [],
    currentUser(request) {
      // The session cookie the suite's signIn sets: `session=<id>-<n>`, valid while sessions are open.
      const match = /(?:^|;\s*)session=([^-;]+)-\d+/.exec(request.headers.cookie ?? '')
      const user = match ? users.get(match[1]!) : undefined
      return user !== undefined && user.sessions > 0 ? user : null
    },
    signIn(user, { headers }) {
      user.sessions += 1
      headers.append('set-cookie', `session=${user.id}-${user.sessions}; HttpOnly; Path=/`)
    },
    passwordContext: (user) => ({ email: user.email, name: user.name }),
    passwordStatus: (user) => user.status,
  }
  let next = 1
  return {
    users,
    outbox,
    mail,
    events,
    clock,
    options: {
      policy: presets.classic,
      tokens: suiteTokens(clock),
      ...(resetTokensOnly ? {} : { updateTokens: suiteTokens(clock, 'update') }),
      users: adapter,
      // A check that gives its own sendResetEmail replaces this sender.
      ...(options.sendResetEmail
        ? {}
        : {
            sendEmail: (email: SesameEmail<SuiteUser>) => {
              mail.push(email)
              if (email.kind === 'reset') {
                const { to, url, locale, user, expiresAt } = email
                outbox.push({ to, url, locale, user, expiresAt })
              }
            },
          }),
      ...(withoutHasher ? {} : { hasher: suiteHasher }),
      challenge: suiteChallenge,
      signInFloorMs: 0,
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
