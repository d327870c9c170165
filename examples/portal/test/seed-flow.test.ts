import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { browserAvailable, capture, chromiumPath, launchChromium } from './browser'
import { type RunningPortal, startPortal } from './portal-server'

const LABELS = [
  '1 lettre minuscule',
  '1 lettre majuscule',
  '2 chiffres',
  '8 caractères',
  '1 caractère spécial',
]

if (!browserAvailable) {
  console.warn(
    `Browser tests skipped: no Chromium at ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH). With CI=true they run and fail instead.`,
  )
}

/** The five checklist items as [label, met] pairs, read from the page. */
async function checklist(page: Page, listId: string): Promise<[string, string][]> {
  return page.$$eval(`#${listId} li`, (items) =>
    items.map((li) => [
      li.querySelector('.sesame-checklist__label')?.textContent ?? '',
      li.getAttribute('data-met') ?? '',
    ]),
  )
}

function expected(met: boolean[]): [string, string][] {
  return LABELS.map((label, i) => [label, String(met[i])])
}

describe.skipIf(!browserAvailable)('the seed flow in Chromium', () => {
  let portal: RunningPortal
  let browser: Browser
  let context: BrowserContext
  let page: Page
  let resetLink = ''

  beforeAll(async () => {
    ;[portal, browser] = await Promise.all([startPortal(), launchChromium()])
    // bypassCSP lets the test inject axe-core into pages served with a strict CSP.
    context = await browser.newContext({ locale: 'fr-FR', bypassCSP: true })
    page = await context.newPage()
  })

  afterAll(async () => {
    await browser?.close()
    await portal?.stop()
  })

  it('shows "Me connecter" as in the seed', async () => {
    await page.goto(`${portal.url}/`)
    await page.waitForURL('**/sign-in')
    await expect.poll(() => page.locator('h1').textContent()).toBe('Me connecter')
    expect(await page.getAttribute('html', 'lang')).toBe('fr')
    expect(await page.getByLabel('Email').getAttribute('placeholder')).toBe(
      "Saisir l'adresse email",
    )
    expect(await page.getByLabel('Mot de passe').getAttribute('placeholder')).toBe(
      'Saisir le mot de passe',
    )
    for (const text of ['Se souvenir de moi', 'Mot de passe oublié ?', 'Inscrivez-vous !']) {
      expect(await page.getByText(text, { exact: true }).count(), text).toBe(1)
    }
    expect(await page.getByRole('button', { name: 'Valider' }).count()).toBe(1)
    expect(await page.locator('.card-footer').textContent()).toContain('Pas encore de compte ?')
    expect(await page.locator('footer').textContent()).toBe(
      'Nos équipes sont à votre écoute du lundi au vendredi de 5h à 23h au 09 70 838 837. (Appel non surtaxé)',
    )
    await capture(page, '01-sign-in')
  })

  it("refuses a migrated account's first sign-in and explains the update", async () => {
    await page.getByLabel('Email').fill('cecile.augrou@aidrolland.example')
    await page.getByLabel('Mot de passe').fill('Marseille13')
    await page.getByRole('button', { name: 'Valider' }).click()
    await page.waitForURL('**/update-required')
    await expect
      .poll(() => page.locator('.alert-info').textContent())
      .toBe(
        'La première connexion au nouveau portail Mes services en ligne nécessite la mise à jour de vos identifiants de connexion.',
      )
    expect(await page.locator('h1').textContent()).toBe('Mettre à jour mon mot de passe')
    expect((await context.cookies()).some((c) => c.name === 'portal_session')).toBe(false)
    await capture(page, '02-update-required')
  })

  it('asks for a reset link as the seed does: "Un message a été envoyé"', async () => {
    // The update token lives in memory only: after a reload, the emailed link is the way.
    await page.reload()
    await expect
      .poll(() => page.locator('h1').textContent())
      .toBe('Mise à jour de vos identifiants')
    expect(await page.getByLabel('Nouveau mot de passe', { exact: true }).count()).toBe(0)
    expect(await page.locator('.alert-info').textContent()).toContain('La première connexion')
    await capture(page, '02b-update-required-after-reload')
    await page.getByRole('link', { name: /Mot de passe oublié/ }).click()
    await page.waitForURL('**/forgot-password')
    expect(await page.locator('.card').textContent()).toContain(
      "Renseigner l'adresse email précédemment utilisée",
    )
    expect(await page.getByLabel('Email').inputValue()).toBe('cecile.augrou@aidrolland.example')
    await capture(page, '03-forgot-password')
    await page.getByRole('button', { name: 'Valider' }).click()
    await page.waitForURL('**/email-sent')
    expect(await page.locator('h1').textContent()).toBe('Un message a été envoyé')
    await capture(page, '04-email-sent')
  })

  it('delivers the email to the dev mailbox, with the "Réinitialiser mon mot de passe" link', async () => {
    // The email is sent off the response path: poll the mailbox until it arrives.
    await expect
      .poll(
        async () => {
          await page.goto(`${portal.url}/mailbox`)
          return page.getByRole('link', { name: /Réinitialisation de votre mot de passe/ }).count()
        },
        { timeout: 10_000 },
      )
      .toBe(1)
    expect(await page.locator('tbody').textContent()).toContain('cecile.augrou@aidrolland.example')
    await capture(page, '05-mailbox')
    await page.getByRole('link', { name: /Réinitialisation de votre mot de passe/ }).click()
    const link = page.getByRole('link', { name: 'Réinitialiser mon mot de passe' })
    expect(await page.locator('article').textContent()).toContain('Bonjour Cecile AUGROU')
    resetLink = (await link.getAttribute('href')) ?? ''
    expect(resetLink.startsWith(`${portal.url}/reset-password#token=`)).toBe(true)
    await capture(page, '06-mail')
    await link.click()
    await page.waitForURL('**/reset-password**')
  })

  it('ticks the checklist as the password is typed', async () => {
    const field = page.getByLabel('Nouveau mot de passe', { exact: true })
    // The form appears once the link has been verified.
    await field.waitFor()
    expect(await page.locator('h1').textContent()).toBe('Mettre à jour mon mot de passe')
    expect(await page.getByText('Votre mot de passe doit contenir :').count()).toBe(1)
    // Nothing typed yet: a neutral list of requirements, not five errors.
    expect(await checklist(page, 'new-password-checklist')).toEqual(
      LABELS.map((label) => [label, 'pending']),
    )
    await capture(page, '07-reset-empty')

    const steps: [string, boolean[]][] = [
      ['a', [true, false, false, false, false]],
      ['B', [true, true, false, false, false]],
      ['1', [true, true, false, false, false]],
      ['2', [true, true, true, false, false]],
      ['cde', [true, true, true, false, false]],
      ['f', [true, true, true, true, false]],
      ['!', [true, true, true, true, true]],
    ]
    for (const [chunk, met] of steps) {
      await field.pressSequentially(chunk)
      expect(await checklist(page, 'new-password-checklist'), `after "${chunk}"`).toEqual(
        expected(met),
      )
    }
    expect(await field.inputValue()).toBe('aB12cdef!')
    // The state is also in text, not colour alone.
    expect(await page.locator('#new-password-checklist li').first().textContent()).toContain(
      'respecté',
    )
    await capture(page, '08-reset-checklist-complete')
  })

  it('shows and hides the password with the eye toggle', async () => {
    const field = page.getByLabel('Nouveau mot de passe', { exact: true })
    const toggle = page.locator('.sesame-field').first().getByRole('button')
    expect(await field.getAttribute('type')).toBe('password')
    // Named after what a press does, the change announced politely (GOV.UK's password input).
    expect(await toggle.getAttribute('aria-pressed')).toBeNull()
    await page.getByRole('button', { name: 'Afficher le mot de passe' }).first().click()
    expect(await field.getAttribute('type')).toBe('text')
    await expect
      .poll(() => page.getByRole('button', { name: 'Masquer le mot de passe' }).count())
      .toBe(1)
    expect(await page.getByText('Le mot de passe est affiché.').count()).toBe(1)
    await toggle.click()
    expect(await field.getAttribute('type')).toBe('password')
  })

  it('refuses a confirmation that does not match', async () => {
    const confirmation = page.getByLabel('Confirmation du mot de passe', { exact: true })
    await confirmation.fill('aB12cdef?')
    await page.getByRole('button', { name: 'Valider' }).click()
    await expect
      .poll(() => page.getByText('Les deux mots de passe ne correspondent pas.').count())
      .toBe(1)
    expect(await confirmation.getAttribute('aria-invalid')).toBe('true')
    expect(page.url()).toContain('/reset-password')
    await capture(page, '09-reset-mismatch')
  })

  it('submits and lands signed in on the dashboard', async () => {
    await page.getByLabel('Confirmation du mot de passe', { exact: true }).fill('aB12cdef!')
    await page.getByRole('button', { name: 'Valider' }).click()
    await page.waitForURL(`${portal.url}/`)
    await expect.poll(() => page.locator('h1').textContent()).toBe('Bonjour Cecile AUGROU')
    const sidebar = (await page.locator('aside').textContent()) ?? ''
    for (const text of [
      'Cecile AUGROU',
      'AIDROLLAND',
      '13002, MARSEILLE',
      '493 832 309 00111 (Multi-SIRET)',
      '3127 - ENTREPRISES DE SERVICES À LA P',
      'plus de 50 salariés',
      'Demander un financement',
      'Mes financements',
      'Mes remboursements',
      "Besoin d'aide?",
    ]) {
      expect(sidebar, text).toContain(text)
    }
    const main = (await page.locator('.dashboard-main').textContent()) ?? ''
    for (const text of [
      'Mes demandes de financement',
      'Archivé',
      'En cours',
      'Brouillon',
      'Actualités',
      'Bienvenue sur votre nouvel espace',
      'Comment ça marche?',
    ]) {
      expect(main, text).toContain(text)
    }
    // The chart's text alternative.
    expect(main).toContain('Demandes de financement : 14 archivées, 5 en cours, 3 brouillons.')
    expect(await page.locator('svg circle').count()).toBe(4)
    const session = (await context.cookies()).find((c) => c.name === 'portal_session')
    expect(session?.httpOnly).toBe(true)
    expect(session?.sameSite).toBe('Lax')
    expect(session?.expires).toBe(-1) // a browser-session cookie: "Se souvenir de moi" was not ticked
    await capture(page, '10-dashboard')
  })

  it('refuses the same link a second time, with a way to ask for a new one', async () => {
    await page.goto(resetLink)
    await expect.poll(() => page.locator('h1').textContent()).toBe("Ce lien n'est plus valable")
    expect(await page.getByRole('alert').textContent()).toContain(
      'Ce lien a déjà servi : le mot de passe a été changé depuis son envoi.',
    )
    await capture(page, '11-link-invalid')
    await page.getByRole('link', { name: 'Demander un nouveau lien' }).click()
    await page.waitForURL('**/forgot-password')
  })

  it("updates a migrated account's password right at its first sign-in", async () => {
    await context.clearCookies()
    await page.goto(`${portal.url}/sign-in`)
    await page.getByLabel('Email').fill('karim.benali@fournil-du-port.example')
    await page.getByLabel('Mot de passe').fill('Bordeaux-33')
    await page.getByRole('button', { name: 'Valider' }).click()
    await page.waitForURL('**/update-required')
    const field = page.getByLabel('Nouveau mot de passe', { exact: true })
    await field.waitFor()
    await field.pressSequentially('Fournil-2026')
    expect(await checklist(page, 'new-password-checklist')).toEqual(
      expected([true, true, true, true, true]),
    )
    await page.getByLabel('Confirmation du mot de passe', { exact: true }).fill('Fournil-2026')
    await page.getByRole('button', { name: 'Valider' }).click()
    await page.waitForURL(`${portal.url}/`)
    await expect.poll(() => page.locator('h1').textContent()).toBe('Bonjour Karim BENALI')
    expect(await page.locator('aside').textContent()).toContain('FOURNIL DU PORT')
  })

  it('signs in with the new password and "Se souvenir de moi"', async () => {
    await context.clearCookies()
    await page.goto(`${portal.url}/sign-in`)
    await page.getByLabel('Email').fill('cecile.augrou@aidrolland.example')
    await page.getByLabel('Mot de passe').fill('aB12cdef!')
    await page.getByLabel('Se souvenir de moi').check()
    await page.getByRole('button', { name: 'Valider' }).click()
    await page.waitForURL(`${portal.url}/`)
    await expect.poll(() => page.locator('h1').textContent()).toBe('Bonjour Cecile AUGROU')
    const session = (await context.cookies()).find((c) => c.name === 'portal_session')
    expect(session?.expires).toBeGreaterThan(Date.now() / 1000 + 29 * 24 * 3600)
    await page.getByRole('button', { name: 'Me déconnecter' }).click()
    await page.waitForURL('**/sign-in')
  })

  it('switches to English', async () => {
    await page.getByRole('button', { name: 'Switch to English' }).click()
    await expect.poll(() => page.locator('h1').textContent()).toBe('Sign in')
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    expect(await page.getByLabel('Password').getAttribute('placeholder')).toBe(
      'Enter your password',
    )
    await capture(page, '12-sign-in-english')
    await page.getByRole('button', { name: 'Passer en français' }).click()
    await expect.poll(() => page.locator('h1').textContent()).toBe('Me connecter')
  })

  it('signs up with the same checklist, and the server refuses a weak password', async () => {
    await page.getByRole('link', { name: 'Inscrivez-vous !' }).click()
    await page.waitForURL('**/sign-up')
    await page.getByLabel('Prénom').fill('Lina')
    await page.getByLabel('Nom', { exact: true }).fill('Morel')
    await page.getByLabel('Email').fill('lina.morel@example.org')
    const password = page.getByLabel('Mot de passe', { exact: true })
    await password.pressSequentially('motdepasse1')
    expect(await checklist(page, 'signup-password-checklist')).toEqual(
      expected([true, false, false, true, false]),
    )
    await page.getByLabel('Confirmation du mot de passe', { exact: true }).fill('motdepasse1')
    await capture(page, '13-sign-up')
    // The browser lets it through: the server's validatePassword is the authority.
    await page.getByRole('button', { name: 'Valider' }).click()
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe(
        'Le mot de passe ne respecte pas tous les critères de sécurité. Il manque : 1 lettre majuscule, 2 chiffres, 1 caractère spécial.',
      )
    expect(page.url()).toContain('/sign-up')
    expect(await password.getAttribute('aria-invalid')).toBe('true')
    await capture(page, '14-sign-up-refused')

    await password.fill('Mot-de-passe-42')
    expect(await checklist(page, 'signup-password-checklist')).toEqual(
      expected([true, true, true, true, true]),
    )
    await page.getByLabel('Confirmation du mot de passe', { exact: true }).fill('Mot-de-passe-42')
    await page.getByRole('button', { name: 'Valider' }).click()
    await page.waitForURL(`${portal.url}/`)
    await expect.poll(() => page.locator('h1').textContent()).toBe('Bonjour Lina MOREL')
  })
})
