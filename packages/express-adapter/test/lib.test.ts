import type { IncomingMessage } from 'node:http'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { hashEmail, normalizeEmail } from '../src/lib/email'
import { clientKey } from '../src/lib/ip'
import { requestLocale } from '../src/lib/locale'
import { problemDetails } from '../src/problem'

const withHeader = (value: string) =>
  ({ headers: { 'accept-language': value } }) as unknown as IncomingMessage
const withIp = (ip: string) => ({ ip, socket: {} }) as unknown as IncomingMessage

describe('requestLocale', () => {
  it('honours q-values and regional tags', () => {
    expect(requestLocale(withHeader('fr-CA'))).toBe('fr')
    expect(requestLocale(withHeader('de, en;q=0.5, fr;q=0.8'))).toBe('fr')
    expect(requestLocale(withHeader('en-GB,fr;q=0.9'))).toBe('en')
    expect(requestLocale(withHeader('de'))).toBe('en')
    expect(requestLocale(withHeader('en'), 'fr')).toBe('fr')
  })

  it('answers fr or en for any header, never throwing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 600 }), (header) => {
        expect(['fr', 'en']).toContain(requestLocale(withHeader(header)))
      }),
    )
  })
})

describe('email normalisation', () => {
  it('hashes case and surrounding-space variants alike, into a short opaque label', () => {
    fc.assert(
      fc.property(fc.emailAddress(), (email) => {
        const variant = `  ${email.toUpperCase()} `
        expect(hashEmail(normalizeEmail(variant))).toBe(hashEmail(normalizeEmail(email)))
        expect(hashEmail(normalizeEmail(email))).toMatch(/^[\w-]{16}$/)
      }),
    )
  })
})

describe('clientKey', () => {
  it('unwraps IPv4-mapped addresses and groups IPv6 by /64', () => {
    expect(clientKey(withIp('::ffff:203.0.113.9'))).toBe('203.0.113.9')
    expect(clientKey(withIp('2001:db8:1:2:aaaa::1'))).toBe('2001:db8:1:2::/64')
    expect(clientKey(withIp('2001:db8:1:2:ffff:ffff:ffff:ffff'))).toBe('2001:db8:1:2::/64')
    expect(clientKey(withIp('::1'))).toBe('0:0:0:0::/64')
  })
})

describe('problemDetails', () => {
  it('gives every problem a type, a localised title and detail, a status and the code', () => {
    const fr = problemDetails('token_expired', 'fr')
    expect(fr).toEqual({
      type: 'urn:sesame:problem:token_expired',
      title: 'Lien expiré',
      status: 410,
      detail: expect.stringContaining('expiré'),
      code: 'token_expired',
    })
    expect(problemDetails('token_expired', 'en').title).toBe('Link expired')
  })
})
