import { catalogueProblems } from '@sesame/core/locales'
import { describe, expect, it } from 'vitest'
import type { EmailCatalogue } from '../src/emails/index'
import { createHandler, PROBLEM_MESSAGES, problemDetails } from '../src/index'
import { de, emailCatalogues, en, enEmails, serverCatalogues } from '../src/locales/index'

/** Texts legitimately identical to English, with the reason. */
const SAME_AS_ENGLISH: Record<string, Record<string, string>> = {
  nl: { 'core.rules.letters': '"letter" / "letters" is the Dutch word too' },
}

describe('shipped server catalogues', () => {
  for (const catalogue of serverCatalogues.slice(1))
    it(`${catalogue.locale}: every core and server key, plurals, placeholders, translated`, () => {
      expect(
        catalogueProblems(en, catalogue, {
          sameAsReference: SAME_AS_ENGLISH[catalogue.locale] ?? {},
        }),
      ).toEqual([])
    })

  for (const catalogue of emailCatalogues.slice(1))
    it(`${catalogue.locale}: every email key, both forms of a named text, placeholders, translated`, () => {
      expect(catalogueProblems(enEmails, catalogue)).toEqual([])
    })

  it('ships the emails in the same seven locales as the server texts', () => {
    expect(emailCatalogues.map((c) => c.locale)).toEqual(serverCatalogues.map((c) => c.locale))
  })

  it('names what an email catalogue misses, adds, or leaves untranslated', () => {
    const { ignore: _, ...invite } = enEmails.emails.invite
    const broken = {
      locale: 'sv',
      emails: {
        ...enEmails.emails,
        invite: { ...invite, subject: { named: 'Din inbjudan', plain: 'Din inbjudan' } },
        reset: {
          ...enEmails.emails.reset,
          linkExpiry: 'Länken slutar gälla {expires}.',
          extra: 'x',
        },
      },
    }
    expect(catalogueProblems(enEmails, broken)).toEqual(
      expect.arrayContaining([
        { path: 'emails.invite.ignore', kind: 'missing' },
        { path: 'emails.invite.subject.named', kind: 'placeholders' },
        { path: 'emails.reset.linkExpiry', kind: 'placeholders' },
        { path: 'emails.reset.extra', kind: 'unknown' },
        { path: 'emails.reset.action', kind: 'untranslated' },
      ]),
    )
    // @ts-expect-error: a custom email catalogue that misses a text does not compile.
    const typed: EmailCatalogue = { locale: 'sv', emails: { ...enEmails.emails, invite } }
    expect(typed.locale).toBe('sv')
  })

  it('keeps the deprecated PROBLEM_MESSAGES table in step with the catalogues', () => {
    expect(PROBLEM_MESSAGES.fr.not_found.title).toBe('Introuvable')
    expect(problemDetails('not_found', 'de-CH').title).toBe('Not found')
    expect(problemDetails('not_found', de).title).toBe('Nicht gefunden')
    expect(Object.keys(PROBLEM_MESSAGES).sort()).toEqual(['en', 'fr'])
  })

  it('refuses, at creation, a catalogue that lacks a problem text', () => {
    const { not_found: _, ...problems } = en.server.problems
    const broken = { ...en, locale: 'sv', server: { checks: en.server.checks, problems } }
    const options = {
      policy: { version: 1, rules: [] },
      tokens: {},
      users: { findByEmail() {}, findById() {}, credentialState() {}, setPassword() {} },
      resetUrl: 'https://app.example/reset',
      sendEmail() {},
    }
    // @ts-expect-error: the catalogue misses `not_found` (and the options are loose on purpose).
    expect(() => createHandler({ ...options, catalogues: [broken] })).toThrow(/not_found/)
  })
})
