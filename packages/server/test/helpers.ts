import { presets } from '@sesame/core'
import { createResetTokens } from '@sesame/core/tokens'
import type { HandlerOptions } from '../src/index'

/** Reset tokens for the server's own tests. */
export function testTokens(secret = 'server-tests-secret-of-at-least-32-bytes!!') {
  return createResetTokens({
    keys: [{ kid: 'k', secret }],
    ttl: '30m',
    issuer: 'https://portal.example',
    audience: 'password-reset',
  })
}

/** The least a handler needs: no account is ever found. */
export function minimalOptions(): HandlerOptions<never> {
  return {
    policy: presets.classic,
    tokens: testTokens(),
    users: {
      findByEmail: () => null,
      findById: () => null,
      credentialState: () => 'v1',
      setPassword: () => undefined,
    },
    sendResetEmail: () => undefined,
    resetUrl: 'https://portal.example/reset-password',
  }
}
