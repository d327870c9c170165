import request from 'supertest'
import { afterEach, describe, expect, it } from 'vitest'
import { clock, EXPRESS_MAJOR, makeFixture, makeTokens, tokenOf } from './fixture'

const GOOD = 'Nouveau-m0t2passe!'

afterEach(() => {
  clock.offsetMs = 0
})

/** Requests a link for `email` and resolves the token that was emailed. */
async function linkFor(fixture: ReturnType<typeof makeFixture>, email: string): Promise<string> {
  await request(fixture.app).post('/auth/forgot-password').send({ email }).expect(202)
  await fixture.router.drain()
  const message = fixture.emails.at(-1)
  if (!message) throw new Error('no email sent')
  return tokenOf(message.url)
}

// The routes' behaviour is the shared binding suite (bindings.test.ts); these are Express's own.
describe(`@sesame/express on Express ${EXPRESS_MAJOR}`, () => {
  it('works behind an app-level express.json()', async () => {
    const fixture = makeFixture({ upstreamJson: true })
    await fixture.addUser({ email: 'j@example.fr' })
    const token = await linkFor(fixture, 'j@example.fr')
    await request(fixture.app)
      .post('/auth/reset-password')
      .send({ token, password: GOOD, confirmation: GOOD })
      .expect(200)
  })

  describe('migrated accounts (first sign-in)', () => {
    it('answers password_update_required with an update token usable on /reset-password', async () => {
      const fixture = makeFixture()
      const user = await fixture.addUser({
        email: 'migrated@example.fr',
        status: 'update_required',
        sessions: 0,
      })
      const signIn = await request(fixture.app)
        .post('/signin')
        .set('Accept-Language', 'fr')
        .send({ email: 'migrated@example.fr', password: 'Ancien-mot2passe!' })
      expect(signIn.status).toBe(403)
      expect(signIn.body).toMatchObject({
        code: 'password_update_required',
        title: 'Mise à jour du mot de passe requise',
        updateToken: expect.any(String),
      })
      expect(user.sessions).toBe(0)
      const updateToken = signIn.body.updateToken as string
      const verified = await request(fixture.app)
        .post('/auth/reset-password/verify')
        .send({ token: updateToken })
      expect(verified.body).toMatchObject({ usable: true, purpose: 'update' })
      await request(fixture.app)
        .post('/auth/reset-password')
        .send({ token: updateToken, password: GOOD, confirmation: GOOD })
        .expect(200)
      expect(user.status).toBe('ok')
      const again = await request(fixture.app)
        .post('/signin')
        .send({ email: 'migrated@example.fr', password: GOOD })
      expect(again.status).toBe(200)
    })

    it('points an account without a usable password to forgot-password', async () => {
      const fixture = makeFixture()
      await fixture.addUser({ email: 'nopass@example.fr', status: 'none', passwordHash: '!' })
      const res = await request(fixture.app)
        .post('/signin')
        .send({ email: 'nopass@example.fr', password: 'x' })
      expect(res.status).toBe(403)
      expect(res.body).toMatchObject({
        code: 'password_reset_required',
        forgotPassword: 'forgot-password',
      })
    })

    it('refuses an update token where only reset tokens are accepted', async () => {
      const fixture = makeFixture({ resetTokensOnly: true })
      const user = await fixture.addUser({ email: 'u@example.fr' })
      const { token } = await makeTokens('update').issue({
        subject: user.id,
        state: user.passwordHash,
      })
      const res = await request(fixture.app).post('/auth/reset-password/verify').send({ token })
      expect(res.status).toBe(400)
      expect(res.body.code).toBe('token_invalid')
    })
  })
})
