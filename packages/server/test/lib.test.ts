import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { resolveLocale } from '@sesame/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  type LocaleOptions,
  normalizeEmail,
  problemDetails,
  requestLocale,
  resetUrlBuilder,
} from '../src/index'
import { clientKey } from '../src/lib/ip'
import { emailLabel, keyPart } from '../src/lib/store-key'
import { serverCatalogues } from '../src/locales/index'
import { catalogueNegotiator, serverCatalogue } from '../src/problems'

const src = fileURLToPath(new URL('../src/', import.meta.url))
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : [path]
  })
const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1]!)

describe('the package is framework-neutral', () => {
  it('imports neither express nor node:http anywhere in src', () => {
    for (const file of files(src)) {
      for (const id of importsOf(file)) {
        expect(id, file).not.toMatch(/^(express|node:http|http|node:https|fastify)(\/|$)/)
      }
    }
  })

  it('imports no Node builtin outside ./hashing and ./testing (the edge bundle proves the rest)', () => {
    for (const file of files(src).filter((f) => !/[/\\](hashing|testing)[/\\]/.test(f))) {
      for (const id of importsOf(file)) expect(id, file).not.toMatch(/^node:/)
    }
  })
})

describe('requestLocale', () => {
  it('is core’s resolveLocale among the offered catalogues, over a bounded Accept-Language', () => {
    const seven: LocaleOptions = { catalogues: serverCatalogues }
    const at = (value: string, options: LocaleOptions = seven) =>
      requestLocale({ headers: { 'accept-language': value } }, options)
    const shipped = serverCatalogues.map((c) => c.locale)
    expect(at('fr-CA')).toBe('fr')
    expect(at('sv, en;q=0.5, fr;q=0.8')).toBe('fr')
    expect(at('en-GB,fr;q=0.9')).toBe('en')
    expect(at('de-AT')).toBe('de')
    expect(at('ja')).toBe('en')
    // Without catalogues: the built-in English and French.
    expect(at('de-AT', {})).toBe('en')
    expect(at('de-AT, fr;q=0.1', {})).toBe('fr')
    expect(at(`fr${', x'.repeat(300)}`)).toBe('en')
    fc.assert(
      fc.property(fc.string({ maxLength: 600 }), (header) => {
        const locale = at(header)
        expect(locale).toBe(header.length > 512 ? 'en' : resolveLocale(header, shipped))
      }),
    )
  })
})

describe('catalogueNegotiator', () => {
  it('answers as serverCatalogue for every value, however many distinct values it has seen', () => {
    const options: LocaleOptions = { catalogues: serverCatalogues, fallbackLocale: 'de' }
    const negotiate = catalogueNegotiator(options)
    const tag = fc.constantFrom('fr', 'fr-CA', 'de-AT', 'pt-BR', 'ja', 'en;q=0.1, nl', '*', '')
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.oneof(tag, fc.string({ maxLength: 40 })), { nil: undefined }), {
          maxLength: 400,
        }),
        (values) => {
          for (const value of [...values, ...values]) {
            expect(negotiate(value)).toBe(serverCatalogue(value, options))
          }
        },
      ),
      { numRuns: 30 },
    )
  })
})

describe('store keys', () => {
  it('labels case and space variants of an email alike, in 16 opaque characters', async () => {
    await fc.assert(
      fc.asyncProperty(fc.emailAddress(), async (email) => {
        const variant = `  ${email.toUpperCase()} `
        expect(await emailLabel(normalizeEmail(variant))).toBe(
          await emailLabel(normalizeEmail(email)),
        )
        expect(await emailLabel(normalizeEmail(email))).toMatch(/^[\w-]{16}$/)
      }),
    )
  })

  it('bounds any key part: long ones become a digest', async () => {
    expect(await keyPart('203.0.113.9')).toBe('203.0.113.9')
    expect(await keyPart('x'.repeat(15_000))).toMatch(/^h:[\w-]{43}$/)
  })

  it('unwraps IPv4-mapped addresses and groups IPv6 by /64', () => {
    expect(clientKey('::ffff:203.0.113.9')).toBe('203.0.113.9')
    expect(clientKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64')
    expect(clientKey('2001:db8:1:2:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64')
    expect(clientKey('::1')).toBe('0:0:0:0::/64')
    expect(clientKey(undefined)).toBeNull()
  })
})

describe('problemDetails', () => {
  it('gives every problem a type, a localised title and detail, a status and the code', () => {
    expect(problemDetails('token_expired', 'fr')).toEqual({
      type: 'urn:sesame:problem:token_expired',
      title: 'Lien expiré',
      status: 410,
      detail: expect.stringContaining('expiré'),
      code: 'token_expired',
    })
    expect(problemDetails('token_expired', 'en').title).toBe('Link expired')
  })
})

describe('resetUrlBuilder', () => {
  it('takes a plain URL string, an object or a function; refuses relative or non-http URLs', () => {
    expect(
      resetUrlBuilder('https://portal.example/reset-password')({ token: 'a.b', locale: 'fr' }),
    ).toBe('https://portal.example/reset-password#token=a.b')
    expect(
      resetUrlBuilder({ origin: 'https://portal.example' })({ token: 't', locale: 'en' }),
    ).toBe('https://portal.example/reset-password#token=t')
    for (const bad of ['/reset', 'javascript:alert(1)', 'ftp://x.example/r']) {
      expect(() => resetUrlBuilder(bad)).toThrow(
        expect.objectContaining({ code: 'invalid_config' }),
      )
    }
    expect(() => resetUrlBuilder({ origin: '/relative' })).toThrow(
      expect.objectContaining({ code: 'invalid_config' }),
    )
  })
})

describe('digest', () => {
  it('gives Web Crypto’s bytes through node:crypto', async () => {
    const { digest } = await import('../src/lib/digest')
    for (const text of ['', 'abc', 'é\u{1F600}', 'x'.repeat(5000)]) {
      for (const algorithm of ['SHA-1', 'SHA-256'] as const) {
        const web = new Uint8Array(
          await crypto.subtle.digest(algorithm, new TextEncoder().encode(text)),
        )
        expect(await digest(algorithm, text)).toEqual(web)
      }
    }
  })
})
