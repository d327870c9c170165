import { presets } from '@sesame/core'
import { createResetTokens } from '@sesame/core/tokens'
import type { HandlerOptions, SesameRequest } from '../src/index'

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

/** A JSON POST from `address`, as a binding hands it to the handler. */
export function jsonRequest(path: string, body: unknown, address = '192.0.2.1'): SesameRequest {
  return {
    method: 'POST',
    path,
    headers: { 'content-type': 'application/json' },
    body: { kind: 'text', text: JSON.stringify(body) },
    clientAddress: address,
  }
}
