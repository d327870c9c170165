import assert from 'node:assert/strict'
import type { Session } from '../behaviour'
import type { ConformanceCheck } from '../conformance'
import type { SuiteFixtureOptions } from './fixture'
import { SUITE_ORIGIN, tokenOf } from './fixture'
import type { RawReply } from './raw-http'

/** What the lifecycle checks borrow from the behaviour suite. */
export interface LifecycleTools {
  /** Runs a check against a fresh fixture and server. */
  readonly session: (
    body: (s: Session) => Promise<void>,
    overrides?: SuiteFixtureOptions,
  ) => () => Promise<void>
  /** Asserts a problem's status and code; resolves its body. */
  readonly expectProblem: (reply: RawReply, status: number, code: string) => Record<string, unknown>
  /** What an observer sees of a reply (status, body, headers but the date). */
  readonly visible: (reply: RawReply) => unknown
}

const GOOD = 'Nouveau-m0t2passe!'
const TOTP = Object.freeze({ kind: 'totp', data: Object.freeze({ pending: 'p-42' }) })

/**
 * The behaviour of sign-up, activation, invitations and the second factor, over real HTTP:
 * part of {@link bindingSuite}, so that every binding runs it.
 */
export function lifecycleChecks({
  session,
  expectProblem,
  visible,
}: LifecycleTools): ConformanceCheck[] {
  const signUp = (s: Session, email: string, extra: Record<string, unknown> = {}) =>
    s.post('/sign-up', { email, password: GOOD, confirmation: GOOD, ...extra })
  const codeFor = async (s: Session, email: string): Promise<{ token: string; code: string }> => {
    const token = await s.linkFor(email)
    const sent = s.fixture.mail.at(-1)
    assert.ok(sent?.kind === 'reset' && sent.code !== undefined, 'the reset email carries a code')
    assert.match(sent.code, /^\d{8}$/)
    return { token, code: sent.code }
  }
  const byCode = (s: Session, email: string, code: string, password = GOOD) =>
    s.post('/reset-password', { email, code, password, confirmation: password })
  // A new password through a link: a reset, an update token or an invitation.
  const setWith = (s: Session, path: string, token: string, password = GOOD) =>
    s.post(path, { token, password, confirmation: password })
  const wrong = (code: string): string => String((Number(code) + 1) % 1e8).padStart(8, '0')
  return [
    {
      name: 'reset by code: the right code works once; wrong, malformed and unknown-address codes get one answer',
      run: session(async (s) => {
        const user = s.fixture.add('code@example.fr', {
          sessions: 2,
          password: 'Ancien-m0t2passe!',
        })
        const { token, code } = await codeFor(s, 'code@example.fr')
        const refused = await byCode(s, 'code@example.fr', wrong(code))
        expectProblem(refused, 400, 'code_invalid')
        const unknown = await byCode(s, 'nobody@example.fr', code)
        assert.deepEqual(visible(unknown), visible(refused))
        assert.deepEqual(visible(await byCode(s, 'code@example.fr', 'abcdefgh')), visible(refused))
        expectProblem(await byCode(s, 'code@example.fr', code, 'weak'), 422, 'password_policy')
        const reused = expectProblem(
          await byCode(s, 'code@example.fr', code, 'Ancien-m0t2passe!'),
          422,
          'password_policy',
        )
        assert.deepEqual(
          (reused.checks as { id: string }[]).map((check) => check.id),
          ['reused'],
          'the current password is refused by code as by link',
        )
        const done = await byCode(s, ' Code@Example.fr', code)
        assert.equal(done.status, 200, done.text)
        assert.deepEqual(done.json, { status: 'password_changed', signedIn: true })
        assert.equal(user.password, GOOD)
        assert.equal(user.sessions, 1)
        assert.deepEqual(
          visible(await byCode(s, 'code@example.fr', code, 'Encore-un2autre3!')),
          visible(refused),
        )
        // Using the code used the link.
        expectProblem(
          await setWith(s, '/reset-password', token, 'Encore-un2autre3!'),
          410,
          'token_stale',
        )
      }),
    },
    {
      name: 'reset by code: using the link burns the code, and a newer request replaces it',
      run: session(async (s) => {
        s.fixture.add('link@example.fr')
        const first = await codeFor(s, 'link@example.fr')
        const second = await codeFor(s, 'link@example.fr')
        expectProblem(await byCode(s, 'link@example.fr', first.code), 400, 'code_invalid')
        const used = await setWith(s, '/reset-password', second.token)
        assert.equal(used.status, 200)
        expectProblem(
          await byCode(s, 'link@example.fr', second.code, 'Encore-un2autre3!'),
          400,
          'code_invalid',
        )
      }),
    },
    {
      name: 'reset by code: five wrong tries burn the code, the right code on the sixth is refused',
      run: session(async (s) => {
        const user = s.fixture.add('burn@example.fr')
        const { code } = await codeFor(s, 'burn@example.fr')
        for (let i = 0; i < 5; i += 1) {
          expectProblem(await byCode(s, 'burn@example.fr', wrong(code)), 400, 'code_invalid')
        }
        expectProblem(await byCode(s, 'burn@example.fr', code), 400, 'code_invalid')
        assert.equal(user.password, 'Ancien-mot2passe!')
      }),
    },
    {
      name: 'reset by code: past 10 tries a day over all its codes, even the right code of a fresh request is refused',
      run: session(async (s) => {
        const user = s.fixture.add('daily@example.fr')
        // Two codes, five wrong tries each: the address's 10 tries of the day, the most a guesser gets.
        for (let round = 0; round < 2; round += 1) {
          const { code } = await codeFor(s, 'daily@example.fr')
          for (let i = 0; i < 5; i += 1) {
            expectProblem(await byCode(s, 'daily@example.fr', wrong(code)), 400, 'code_invalid')
          }
        }
        const { token, code } = await codeFor(s, 'daily@example.fr')
        expectProblem(await byCode(s, 'daily@example.fr', code), 400, 'code_invalid')
        assert.equal(user.password, 'Ancien-mot2passe!')
        // The link of that request still works: the cap is on codes, not on the owner.
        const done = await setWith(s, '/reset-password', token)
        assert.equal(done.status, 200, done.text)
      }),
    },
    {
      name: 'reset by code: the right code on the fifth try still works',
      run: session(async (s) => {
        s.fixture.add('fifth@example.fr')
        const { code } = await codeFor(s, 'fifth@example.fr')
        for (let i = 0; i < 4; i += 1) {
          expectProblem(await byCode(s, 'fifth@example.fr', wrong(code)), 400, 'code_invalid')
        }
        assert.equal((await byCode(s, 'fifth@example.fr', code)).status, 200)
      }),
    },
    {
      name: 'sign-up answers taken and free addresses identically; the owner of a taken one is told by email',
      run: session(async (s) => {
        const owner = s.fixture.add('taken@example.fr')
        const taken = await signUp(s, 'Taken@Example.fr', { locale: 'fr' })
        const free = await signUp(s, 'free@example.fr', { locale: 'fr', name: 'Alex' })
        assert.equal(taken.status, 202)
        assert.deepEqual(taken.json, { status: 'accepted' })
        assert.deepEqual(visible(free), visible(taken))
        assert.equal(taken.headers['cache-control'], 'no-store')
        await s.server.drain()
        // Background jobs run a few at a time: the two emails may leave in either order.
        const exists = s.fixture.mail.find((email) => email.kind === 'account_exists')
        const activation = s.fixture.mail.find((email) => email.kind === 'activation')
        assert.equal(s.fixture.mail.length, 2)
        assert.equal(exists?.kind, 'account_exists')
        assert.equal(exists?.to, 'taken@example.fr')
        assert.equal(exists?.user, owner)
        assert.ok(exists?.kind === 'account_exists' && exists.url.startsWith(SUITE_ORIGIN))
        assert.equal(owner.password, 'Ancien-mot2passe!', 'the existing account is unchanged')
        assert.equal(activation?.kind, 'activation')
        assert.equal(activation?.to, 'free@example.fr')
        assert.equal(activation?.locale, 'fr')
        const created = [...s.fixture.users.values()].find((u) => u.email === 'free@example.fr')
        assert.ok(created)
        assert.equal(created.activated, false, 'not usable before its email is verified')
        assert.equal(created.password, GOOD)
        assert.equal(created.name, 'Alex')
        // The reset link of the "account exists" email works as a reset link.
        const token = tokenOf(exists!.kind === 'account_exists' ? exists!.url : '')
        const verified = await s.post('/reset-password/verify', { token })
        assert.equal((verified.json as { purpose: string }).purpose, 'reset')
      }),
    },
    {
      name: 'sign-up checks the policy and the confirmation first, the same for taken and free addresses',
      run: session(async (s) => {
        s.fixture.add('taken@example.fr')
        for (const email of ['taken@example.fr', 'free@example.fr']) {
          const weak = await s.post('/sign-up', { email, password: 'abc', confirmation: 'abc' })
          expectProblem(weak, 422, 'password_policy')
          const mismatch = await s.post('/sign-up', {
            email,
            password: GOOD,
            confirmation: `${GOOD}!`,
          })
          expectProblem(mismatch, 422, 'confirmation_mismatch')
        }
        const long = await signUp(s, 'x@example.fr', { name: 'n'.repeat(101) })
        assert.equal(expectProblem(long, 400, 'invalid_field').field, 'name')
        const noPassword = await s.post('/sign-up', { email: 'x@example.fr' })
        assert.equal(expectProblem(noPassword, 400, 'invalid_field').field, 'password')
        await s.server.drain()
        assert.equal(s.fixture.mail.length, 0)
        assert.equal(s.fixture.users.size, 1)
      }),
    },
    {
      name: 'sign-up: past the per-email budget, taken and free addresses are accepted alike and send nothing more',
      run: session(
        async (s) => {
          s.fixture.add('taken@example.fr')
          const replies: RawReply[] = []
          for (const email of ['taken@example.fr', 'free@example.fr']) {
            for (let i = 0; i < 3; i += 1) replies.push(await signUp(s, email))
          }
          for (const reply of replies) assert.deepEqual(visible(reply), visible(replies[0]!))
          await s.server.drain()
          assert.deepEqual(s.fixture.mail.map((email) => email.kind).sort(), [
            'account_exists',
            'activation',
          ])
          const limited = s.fixture.events.filter((event) => event.name === 'rateLimited')
          assert.equal(limited.length, 4)
        },
        { rateLimit: { email: { max: 1, windowMs: 60_000 }, ip: false } },
      ),
    },
    {
      name: 'activation: verify names the purpose, the link activates and signs in once, and opens nothing else',
      run: session(async (s) => {
        assert.equal((await signUp(s, 'new@example.fr')).status, 202)
        await s.server.drain()
        const email = s.fixture.mail[0]!
        assert.equal(email.kind, 'activation')
        const token = tokenOf(email.kind === 'activation' ? email.url : '')
        const verified = await s.post('/reset-password/verify', { token })
        assert.equal(verified.status, 200)
        assert.equal((verified.json as { purpose: string }).purpose, 'activate')
        expectProblem(await setWith(s, '/reset-password', token), 400, 'token_invalid')
        expectProblem(await setWith(s, '/accept-invitation', token), 400, 'token_invalid')
        const done = await s.post('/activate', { token })
        assert.equal(done.status, 200, done.text)
        assert.deepEqual(done.json, { status: 'activated', signedIn: true })
        assert.match(done.cookies[0] ?? '', /^session=/)
        const user = [...s.fixture.users.values()][0]!
        assert.equal(user.activated, true)
        expectProblem(await s.post('/activate', { token }), 409, 'token_used')
        const reset = await s.linkFor('new@example.fr')
        expectProblem(await s.post('/activate', { token: reset }), 400, 'token_invalid')
        expectProblem(await s.post('/activate', {}), 400, 'invalid_field')
      }),
    },
    {
      name: 'sign-up again with an address never activated sends a fresh activation link',
      run: session(async (s) => {
        const pending = s.fixture.add('pending@example.fr', { activated: false })
        assert.equal((await signUp(s, 'pending@example.fr')).status, 202)
        await s.server.drain()
        const sent = s.fixture.mail[0]
        assert.equal(sent?.kind, 'activation')
        assert.equal(sent?.user, pending)
        assert.equal(pending.password, 'Ancien-mot2passe!', 'the account is unchanged')
        const token = tokenOf(sent?.kind === 'activation' ? sent.url : '')
        assert.equal((await s.post('/activate', { token })).status, 200)
        assert.equal(pending.activated, true)
      }),
    },
    {
      name: 'requireActivation: false activates at sign-up and sends no activation email',
      run: session(
        async (s) => {
          assert.equal((await signUp(s, 'open@example.fr')).status, 202)
          await s.server.drain()
          assert.equal(s.fixture.mail.length, 0)
          assert.equal([...s.fixture.users.values()][0]?.activated, true)
        },
        { requireActivation: false },
      ),
    },
    {
      name: 'accept-invitation sets the first password once (policy, confirmation, single use, state)',
      run: session(async (s) => {
        const user = s.fixture.add('invitee@example.fr', {
          password: '',
          activated: false,
          sessions: 0,
        })
        const { token } = await s.fixture.options.inviteTokens!.issue({
          subject: user.id,
          state: 'v1',
        })
        const verified = await s.post('/reset-password/verify', { token })
        assert.equal((verified.json as { purpose: string }).purpose, 'invite')
        expectProblem(
          await setWith(s, '/accept-invitation', token, 'short'),
          422,
          'password_policy',
        )
        expectProblem(
          await s.post('/accept-invitation', { token, password: GOOD, confirmation: 'other' }),
          422,
          'confirmation_mismatch',
        )
        expectProblem(await setWith(s, '/reset-password', token), 400, 'token_invalid')
        const done = await setWith(s, '/accept-invitation', token)
        assert.equal(done.status, 200, done.text)
        assert.deepEqual(done.json, { status: 'password_set', signedIn: true })
        assert.equal(user.password, GOOD)
        assert.equal(user.activated, true)
        assert.deepEqual(
          s.fixture.events
            .filter((event) => event.name === 'activated')
            .map(({ payload }) => (payload as { purpose: string }).purpose),
          ['invite'],
          'the accepted invitation is reported as an activation',
        )
        assert.equal(user.sessions, 1)
        const again = await setWith(s, '/accept-invitation', token, 'Encore-un2autre3!')
        expectProblem(again, 410, 'token_stale')
      }),
    },
    {
      name: 'a reset by link or by code activates an account never activated; an update token does not',
      run: session(async (s) => {
        const old = 'Ancien-mot2passe!'
        const signIn = (email: string, password: string) => s.post('/sign-in', { email, password })
        const activations = () => s.fixture.events.filter((event) => event.name === 'activated')
        const byLink = s.fixture.add('link@example.fr', { activated: false, sessions: 0 })
        expectProblem(await signIn('link@example.fr', old), 403, 'activation_required')
        const link = await s.linkFor('link@example.fr')
        const done = await setWith(s, '/reset-password', link)
        assert.deepEqual(done.json, { status: 'password_changed', signedIn: true })
        assert.equal(byLink.activated, true, 'the link proved the mailbox')
        assert.deepEqual(
          activations().map(({ payload }) => {
            const { userId, purpose } = payload as { userId: string; purpose: string }
            return { userId, purpose }
          }),
          [{ userId: byLink.id, purpose: 'reset' }],
        )
        assert.equal((await signIn('link@example.fr', GOOD)).status, 200)

        const viaCode = s.fixture.add('bycode@example.fr', { activated: false, sessions: 0 })
        const { code } = await codeFor(s, 'bycode@example.fr')
        const byCodeDone = await byCode(s, 'bycode@example.fr', code)
        assert.equal(byCodeDone.status, 200, byCodeDone.text)
        assert.equal(viaCode.activated, true, 'the code proved the mailbox')
        assert.equal((await signIn('bycode@example.fr', GOOD)).status, 200)

        // A first-sign-in update token proves a password, not the mailbox.
        const updated = s.fixture.add('update@example.fr', { activated: false, sessions: 0 })
        const update = await s.fixture.options.updateTokens!.issue({
          subject: updated.id,
          state: 'v1',
        })
        const changed = await setWith(s, '/reset-password', update.token)
        assert.equal(changed.status, 200, changed.text)
        assert.equal(updated.activated, false)
        expectProblem(await signIn('update@example.fr', GOOD), 403, 'activation_required')

        // An account active already is not activated again.
        s.fixture.add('active@example.fr')
        const again = await s.linkFor('active@example.fr')
        const reset = await setWith(s, '/reset-password', again)
        assert.equal(reset.status, 200, reset.text)
        assert.equal(activations().length, 2)
      }),
    },
    {
      name: 'a second factor: reset, activation and invitation change the account but open no session (403)',
      run: session(async (s) => {
        const reset = s.fixture.add('reset2fa@example.fr', { secondFactor: TOTP, sessions: 2 })
        const link = await s.linkFor('reset2fa@example.fr')
        const refused = await setWith(s, '/reset-password', link)
        const body = expectProblem(refused, 403, 'second_factor_required')
        assert.deepEqual(body.secondFactor, TOTP)
        assert.deepEqual(refused.cookies, [])
        assert.equal(reset.password, GOOD, 'the password IS changed')
        assert.equal(reset.sessions, 0, 'and the other sessions revoked')

        assert.equal((await signUp(s, 'new2fa@example.fr')).status, 202)
        await s.server.drain()
        const created = [...s.fixture.users.values()].find((u) => u.email === 'new2fa@example.fr')!
        created.secondFactor = TOTP
        const activation = s.fixture.mail.find((email) => email.kind === 'activation')!
        const token = tokenOf(activation.kind === 'activation' ? activation.url : '')
        const activated = await s.post('/activate', { token })
        expectProblem(activated, 403, 'second_factor_required')
        assert.deepEqual(activated.cookies, [])
        assert.equal(created.activated, true, 'the account IS activated')

        const invitee = s.fixture.add('invite2fa@example.fr', { secondFactor: TOTP, sessions: 0 })
        const invitation = await s.fixture.options.inviteTokens!.issue({
          subject: invitee.id,
          state: 'v1',
        })
        const accepted = await setWith(s, '/accept-invitation', invitation.token)
        expectProblem(accepted, 403, 'second_factor_required')
        assert.equal(invitee.password, GOOD)
        assert.equal(invitee.sessions, 0)
      }),
    },
  ]
}
