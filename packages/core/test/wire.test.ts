import { describe, expect, it } from 'vitest'
import type { ResetTokenErrorCode } from '../src/errors'
import {
  isProblemCode,
  LINK_REFUSAL_REASONS,
  linkRefusalReason,
  looksLikeEmail,
  MAX_EMAIL_LENGTH,
  normalizeEmail,
  PROBLEM_STATUS,
  ROUTES,
  TOKEN_PROBLEMS,
} from '../src/wire/index'

describe('@sesame/core/wire', () => {
  it('looksLikeEmail: local@domain without whitespace, in linear time, any length', () => {
    for (const value of ['a@b', 'cecile.augrou@example.fr', 'x+tag@sub.example'])
      expect(looksLikeEmail(value), value).toBe(true)
    for (const value of ['', 'user-42', '@example.fr', 'cecile@', 'a b@c', 'a@b c', 'a@b@c'])
      expect(looksLikeEmail(value), value).toBe(false)
    expect(looksLikeEmail(`${'a'.repeat(MAX_EMAIL_LENGTH)}@b`)).toBe(true)
    expect(looksLikeEmail(`${'a@'.repeat(100_000)}`)).toBe(false)
  })

  it('gives every problem code an HTTP error status', () => {
    for (const [code, status] of Object.entries(PROBLEM_STATUS)) {
      expect(isProblemCode(code)).toBe(true)
      expect(status).toBeGreaterThanOrEqual(400)
      expect(status).toBeLessThan(600)
    }
    expect(isProblemCode('network_error')).toBe(false)
    expect(isProblemCode('toString')).toBe(false)
    expect(isProblemCode(42)).toBe(false)
  })

  it('maps every ResetTokenError code to a token problem, and back to a link-refusal reason', () => {
    const codes: ResetTokenErrorCode[] = [
      'malformed',
      'invalid',
      'expired',
      'stale',
      'wrong_purpose',
    ]
    expect([...LINK_REFUSAL_REASONS].sort()).toEqual([...codes].sort())
    for (const code of codes) {
      const problem = TOKEN_PROBLEMS[code]
      expect(problem).toMatch(/^token_/)
      expect(isProblemCode(problem)).toBe(true)
      expect(linkRefusalReason(problem)).toBe(code === 'wrong_purpose' ? 'invalid' : code)
      expect(linkRefusalReason(code)).toBe(code)
    }
    expect(linkRefusalReason('token_used')).toBe('stale')
    expect(linkRefusalReason('password_policy')).toBeNull()
  })

  it('normalises emails (NFC, trimmed, lowercased) and names every route once', () => {
    expect(normalizeEmail('  Cécile@Example.FR '.normalize('NFD'))).toBe('cécile@example.fr')
    expect(MAX_EMAIL_LENGTH).toBe(254)
    const paths = Object.values(ROUTES).map((route) => `${route.method} ${route.path}`)
    expect(new Set(paths).size).toBe(paths.length)
    expect(Object.isFrozen(ROUTES)).toBe(true)
  })
})
