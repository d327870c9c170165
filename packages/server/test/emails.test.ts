import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  type EmailCatalogue,
  emailCatalogues,
  plainName,
  renderEmail,
  type SesameEmail,
} from '../src/emails/index'
import { de, deEmails, en, enEmails } from '../src/locales/index'

const URL_ = 'https://portal.example/reset-password#token=abc.def.ghi'
const EXPIRES = new Date('2026-12-02T10:30:00Z')
const base = { to: 'camille@example.fr', user: { id: 'u1' } }

function all(locale: string, name?: string): SesameEmail<{ id: string }>[] {
  const named = name === undefined ? {} : { name }
  return [
    { ...base, locale, kind: 'reset', url: URL_, code: '04718263', expiresAt: EXPIRES },
    { ...base, locale, kind: 'invite', url: URL_, expiresAt: EXPIRES, ...named },
    { ...base, locale, kind: 'activation', url: URL_, expiresAt: EXPIRES, ...named },
    { ...base, locale, kind: 'account_exists', url: URL_, expiresAt: EXPIRES },
    { ...base, locale, kind: 'password_changed', changedAt: EXPIRES },
  ]
}

// The text of each paragraph of the HTML part, unescaped.
function paragraphs(html: string): string[] {
  return [...html.matchAll(/<p>(.*?)<\/p>/g)].map((match) =>
    match[1]!
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&'),
  )
}

describe('renderEmail', () => {
  for (const { locale } of emailCatalogues) {
    it(`writes the five emails in ${locale}: subject, lang, real link text, an equivalent text part`, () => {
      for (const email of all(locale)) {
        const rendered = renderEmail(email, { productName: 'Portail RH' })
        expect(rendered.subject).toContain('Portail RH')
        expect(rendered.html).toContain(`<html lang="${locale}">`)
        expect(rendered.html).toContain(`<title>${rendered.subject}</title>`)
        expect(rendered.html).not.toMatch(/<table|<img/)
        for (const text of paragraphs(rendered.html)) expect(rendered.text).toContain(text)
        // No personal data beyond what the message needs: not even the address it goes to.
        expect(rendered.text).not.toContain('camille')
        expect(rendered.html).not.toContain('camille')
        if (email.kind === 'password_changed') {
          expect(rendered.html).not.toContain('<a ')
          continue
        }
        const link = /<a href="([^"]+)">([^<]+)<\/a>/.exec(rendered.html)
        expect(link?.[1]).toBe(URL_)
        expect(link?.[2]).not.toMatch(/^(here|ici|click|cliquez)/i)
        expect(rendered.text).toContain(`\n${URL_}`)
      }
    })
  }

  it('puts the code in the reset email, with the link, and says both expire', () => {
    const fr = renderEmail(all('fr')[0]!)
    expect(fr.subject).toBe('Réinitialiser votre mot de passe')
    expect(fr.text).toContain('04718263')
    expect(fr.html).toContain('<strong>04718263</strong>')
    expect(fr.text).toContain('Réinitialiser mon mot de passe:\nhttps://portal.example/')
    expect(fr.text).toContain('2 décembre 2026')
    const en = renderEmail(all('en')[0]!, { timeZone: 'Europe/Paris' })
    expect(en.subject).toBe('Reset your password')
    expect(en.text).toMatch(/2 December 2026.*11:30/)
    const { code: _code, ...linkOnly } = all('en')[0] as Extract<
      SesameEmail<unknown>,
      { kind: 'reset' }
    >
    const withoutCode = renderEmail(linkOnly)
    expect(withoutCode.text).not.toContain('code')
  })

  it('negotiates the locale among the seven shipped catalogues, English when nothing matches', () => {
    const german = renderEmail(all('de-AT')[1]!, { productName: 'Portal' })
    expect(german.html).toContain('<html lang="de">')
    expect(german.subject).toBe('Ihre Einladung zu Portal')
    expect(german.text).toContain('Mein Passwort wählen:\nhttps://portal.example/')
    expect(german.text).toContain('Dieser Link läuft am 2. Dezember 2026 um 10:30 UTC ab.')
    expect(renderEmail(all('pt-BR')[4]!).subject).toBe('Sua senha foi alterada')
    expect(renderEmail(all('es-MX', 'Ana')[1]!).text).toMatch(/^Hola, Ana:\n/)
    const unknown = renderEmail(all('sv')[1]!)
    expect(unknown.html).toContain('<html lang="en">')
    expect(unknown.subject).toBe('Your invitation')
  })

  it('takes the catalogues to negotiate among, a server catalogue with emails included', () => {
    const sv: EmailCatalogue = {
      locale: 'sv',
      emails: {
        ...enEmails.emails,
        invite: {
          ...enEmails.emails.invite,
          subject: { named: 'Din inbjudan till {product}', plain: 'Din inbjudan' },
        },
      },
    }
    const options = { catalogues: [enEmails, sv], productName: 'Portal' }
    expect(renderEmail(all('sv-FI')[1]!, options).subject).toBe('Din inbjudan till Portal')
    expect(renderEmail(all('sv-FI')[1]!, options).html).toContain('<html lang="sv">')
    // Only the offered ones: German is not among them.
    expect(renderEmail(all('de')[1]!, options).subject).toBe('Your invitation to Portal')
    expect(renderEmail(all('de')[1]!, { ...options, fallbackLocale: 'sv' }).subject).toBe(
      'Din inbjudan till Portal',
    )
    // One list for the handler and the emails: server catalogues carrying their emails section.
    const both = [
      { ...en, emails: enEmails.emails },
      { ...de, emails: deEmails.emails },
    ]
    expect(renderEmail(all('de-CH')[4]!, { catalogues: both }).subject).toBe(
      'Ihr Passwort wurde geändert',
    )
  })

  it('never lets a user-supplied name become a link or markup', () => {
    const hostile =
      'Client. URGENT: … https://evil.example/login <b>now</b>\u202e\u0000 evil.example www.evil.fr x@evil.fr'
    for (const email of emailCatalogues.flatMap(({ locale }) => all(locale, hostile))) {
      const { text, html, subject } = renderEmail(email, { productName: 'Portal <script>' })
      for (const part of [text, html, subject]) {
        expect(part).not.toContain('evil')
        expect(part).not.toContain('<b>')
        expect(part).not.toContain('<script')
        expect(part.includes('\u0000') || part.includes('\u202e')).toBe(false)
      }
      expect(html.match(/<a /g)?.length ?? 0).toBeLessThanOrEqual(1)
      if (email.kind === 'invite' || email.kind === 'activation') {
        expect(text).toMatch(
          /^(Bonjour|Hello|Guten Tag|Hola,|Buongiorno|Beste|Olá,) Client\. URGENT: …[,:]\n/,
        )
      }
    }
  })

  it('property: every locale, any name and product, no placeholder left and the name kept', () => {
    const locales = fc.constantFrom(...emailCatalogues.map((c) => c.locale))
    const words = fc.option(fc.stringMatching(/^[A-Za-zÀ-ÿ]{1,12}( [A-Za-zÀ-ÿ]{1,12})?$/), {
      nil: undefined,
    })
    fc.assert(
      fc.property(locales, words, words, (locale, name, productName) => {
        for (const email of all(locale, name)) {
          const options = productName === undefined ? {} : { productName }
          const { subject, text } = renderEmail(email, options)
          expect(`${subject}\n${text}`).not.toMatch(/\{\w+\}/)
          if (productName !== undefined) expect(subject).toContain(productName)
          if (name !== undefined && (email.kind === 'invite' || email.kind === 'activation'))
            expect(text.split('\n')[0]).toContain(name)
        }
      }),
      { numRuns: 200 },
    )
  })

  it("property: whatever the name, one link (the app's) and no markup of its own", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120, unit: 'binary' }), (name) => {
        const { html, text } = renderEmail(all('en', name)[1]!)
        expect(html.match(/<a /g)).toHaveLength(1)
        expect(html.match(/href=/g)).toHaveLength(1)
        expect(text.split('://').length).toBe(2)
        const tags = html.match(/<[^>]*>/g) ?? []
        for (const tag of tags)
          expect(tag).toMatch(/^<\/?(!DOCTYPE html|html|head|meta|title|body|main|p|a|strong)[\s>]/)
      }),
      { numRuns: 300 },
    )
  })
})

describe('plainName', () => {
  it('keeps real names and drops what could read as a link, markup or control', () => {
    expect(plainName('Camille Martin')).toBe('Camille Martin')
    expect(plainName('Jean-Éric O’Brien')).toBe('Jean-Éric O’Brien')
    expect(plainName('  Zoé\u200b\u200b  Dupont ')).toBe('Zoé Dupont')
    expect(plainName('Client. URGENT: … https://evil.example/login')).toBe('Client. URGENT: …')
    expect(plainName('visit evil.example now')).toBe('visit now')
    expect(plainName('<img src=x onerror=alert(1)>')).toBe('img')
    expect(plainName('a\u0007b\u202ec')).toBe('a b c')
    expect(Array.from(plainName('é'.repeat(500))).length).toBe(100)
  })
})
