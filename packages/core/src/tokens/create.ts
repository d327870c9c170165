import { issuer } from './issue'
import { resolveConfig } from './lib/config'
import { peekResetToken } from './peek'
import type { ResetTokens, ResetTokensOptions } from './types'
import { verifier } from './verify'

/**
 * Creates the issuer and verifier of password reset tokens: JWTs signed with the first key,
 * verified with any key of the list, bound to the account's credential state.
 *
 * @throws {ConfigError} `invalid_config` at once for an empty key list, a secret under 32 bytes, a
 * duplicate kid, a ttl outside 1 minute – 24 hours (7 days for purpose `'invite'`), a bad issuer, audience, purpose or tolerance.
 *
 * @example
 * ```ts
 * const tokens = createResetTokens({
 *   keys: [{ kid: '2026-11', secret: process.env.RESET_SECRET! }],
 *   ttl: '30m', issuer: 'https://portal.example', audience: 'password-reset',
 * })
 * const { token } = await tokens.issue({ subject: user.id, state: user.passwordHash })
 * const claims = await tokens.verify(token, { state: (id) => findHash(id) })
 * ```
 */
export function createResetTokens(options: ResetTokensOptions): ResetTokens {
  const config = resolveConfig(options)
  const encrypted = config.encryption !== undefined
  return Object.freeze({
    purpose: config.purpose,
    ttl: config.ttl,
    issue: issuer(config),
    verify: verifier(config),
    peek: (token: unknown) => (encrypted ? null : peekResetToken(token)),
  })
}
