import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { browserAvailable, capture, chromiumPath, launchChromium, watchCsp } from './browser'
import { type RunningPortal, startPortal } from './portal-server'

const LABELS = [
  '1 lettre minuscule',
  '1 lettre majuscule',
  '2 chiffres',
  '8 caractères',
  '1 caractère spécial',
]
const RESET_CHECKLIST = '.sesame-reset .sesame-checklist'
const DESKTOP = { width: 1280, height: 800 }
const MOBILE = { width: 390, height: 844 }

if (!browserAvailable) {
  console.warn(
    `Browser tests skipped: no Chromium at ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH). With CI=true they run and fail instead.`,
  )
}

/** The items of the checklist `selector` as [label, met] pairs, read from the page. */
async function checklist(page: Page, selector: string): Promise<[string, string][]> {
  return page.$$eval(`${selector} li`, (items) =>
    items.map((li) => [
      li.querySelector('.sesame-checklist__label')?.textContent ?? '',
      li.getAttribute('data-met') ?? '',
    ]),
  )
}

function expected(met: boolean[]): [string, string][] {
  return LABELS.map((label, i) => [label, String(met[i])])
}

/** How many times `text` appears in what the page shows. */
async function occurrences(page: Page, text: string): Promise<number> {
  const shown = (await page.evaluate(() => document.body.textContent)) ?? ''
  return shown.split(text).length - 1
}

/** Presses Tab until the focused element matches `selector` (keyboard only, no click). */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 25; i += 1) {
    await page.keyboard.press('Tab')
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return
  }
  throw new Error(`Tab never reached ${selector}`)
}

async function newPage(browser: Browser, viewport: typeof DESKTOP) {
  const context = await browser.newContext({ locale: 'fr-FR', viewport })
  await watchCsp(context)
  // A step that cannot happen fails with its own message, not the test's timeout.
  context.setDefaultTimeout(10_000)
  return { context, page: await context.newPage() }
}

describe.skipIf(!browserAvailable)('the seed flow in Chromium', () => {
  let portal: RunningPortal
  let browser: Browser
  let context: BrowserContext
  let page: Page
  let resetLink = ''

  beforeAll(async () => {
    ;[portal, browser] = await Promise.all([startPortal(), launchChromium()])
    ;({ context, page } = await newPage(browser, DESKTOP))
  })

  afterAll(async () => {
    await browser?.close()
    await portal?.stop()
  })

  it('opens on the brand and "Accéder à mes services en ligne", before "Me connecter"', async () => {
    await page.goto(`${portal.url}/`)
    await expect.poll(() => page.locator('h1').textContent()).toBe('Mes services en ligne')
    expect(await page.locator('.entry-owner').textContent()).toBe('Opco EP')
    expect(await page.locator('header .brand').textContent()).toBe('Opco EPMes services en ligne')
    await capture(page, '01-entry')
    await page.getByRole('link', { name: 'Accéder à mes services en ligne' }).click()
    await page.waitForURL('**/sign-in')
  })

  it('shows "Me connecter" as in the seed', async () => {
    await expect.poll(() => page.locator('h1').textContent()).toBe('Me connecter')
    expect(await page.getAttribute('html', 'lang')).toBe('fr')
    expect(await page.getByLabel('Email').getAttribute('placeholder')).toBe(
      "Saisir l'adresse email",
    )
    expect(await page.getByLabel('Mot de passe', { exact: true }).getAttribute('placeholder')).toBe(
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
    await capture(page, '02-sign-in')
  })

  it("refuses a migrated account's first sign-in and explains the update", async () => {
    await page.getByLabel('Email').fill('cecile.augrou@aidrolland.example')
    await page.getByLabel('Mot de passe', { exact: true }).fill('Marseille13')
    await page.getByRole('button', { name: 'Valider' }).click()
    // The library's update branch, on the same screen: the seed's message, then the new password.
    await expect
      .poll(() => page.locator('.sesame-reset__intro').textContent())
      .toBe(
        'La première connexion au nouveau portail Mes services en ligne nécessite la mise à jour de vos identifiants de connexion.',
      )
    await expect.poll(() => page.locator('h1').textContent()).toBe('Mettre à jour mon mot de passe')
    expect(page.url()).toBe(`${portal.url}/sign-in`)
    expect((await context.cookies()).some((c) => c.name === 'portal.sid')).toBe(false)
    // The update screen is about this account: no invitation to create another one.
    expect(await page.getByText('Pas encore de compte ?').count()).toBe(0)
    await capture(page, '03-update-required')
  })

  it('asks for a reset link as the seed does, then offers to send it again', async () => {
    // The update token lives in memory only: after a reload, the emailed link is the way.
    await page.reload()
    await expect.poll(() => page.locator('h1').textContent()).toBe('Me connecter')
    expect(await page.getByLabel('Nouveau mot de passe', { exact: true }).count()).toBe(0)
    await page.getByRole('link', { name: /Mot de passe oublié/ }).click()
    await page.waitForURL('**/forgot-password')
    await expect.poll(() => page.locator('h1').textContent()).toBe('Mot de passe oublié ?')
    expect(await page.locator('.sesame-forgot__intro').textContent()).toBe(
      "Renseigner l'adresse email précédemment utilisée dans les services en ligne Opco EP",
    )
    expect(await occurrences(page, 'Cliquer')).toBe(0)
    await capture(page, '04-forgot-password')
    await page.getByLabel('Email').fill('cecile.augrou@aidrolland.example')
    await page.getByRole('button', { name: 'Valider' }).click()
    await page.waitForURL('**/email-sent')
    await expect.poll(() => page.locator('h1').textContent()).toBe('Un message a été envoyé')
    expect(await occurrences(page, 'Un message a été envoyé')).toBe(1)
    expect(await occurrences(page, 'Cliquer')).toBe(0)
    await capture(page, '05-email-sent')
    await page.getByRole('button', { name: 'Renvoyer le message' }).click()
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Nouvel envoi effectué.')
  })

  it('resets with the emailed code instead of the link (before the limit test spends the address budget)', async () => {
    // Its own browser context: the main walk's page stays on « Un message a été envoyé ».
    const own = await newPage(browser, DESKTOP)
    const { page } = own
    const paul = 'paul.roux@atelier-roux.example'
    await page.goto(`${portal.url}/forgot-password`)
    await page.getByLabel('Email').fill(paul)
    await page.getByRole('button', { name: 'Valider' }).click()
    await page.waitForURL('**/email-sent')
    await page.getByRole('link', { name: 'Saisir plutôt le code reçu par email' }).click()
    await page.waitForURL('**/reset-code')
    await expect.poll(() => page.locator('h1').textContent()).toBe('Saisir le code reçu')
    expect(await page.getByLabel('Email', { exact: true }).inputValue()).toBe(paul)
    await capture(page, '20-reset-code')

    // Read on another device: the dev mailbox shows the code.
    const mailboxPage = await own.context.newPage()
    let code = ''
    await expect
      .poll(
        async () => {
          await mailboxPage.goto(`${portal.url}/mailbox`)
          const row = mailboxPage.locator('tr', { hasText: paul })
          if ((await row.count()) === 0) return ''
          await row.first().getByRole('link').click()
          code =
            /\b(\d{8})\b/.exec((await mailboxPage.locator('article').textContent()) ?? '')?.[1] ??
            ''
          return code
        },
        { timeout: 10_000 },
      )
      .toMatch(/^\d{8}$/)
    await mailboxPage.close()

    await page.getByLabel('Code reçu par email').fill(code)
    await page.getByRole('button', { name: 'Continuer' }).click()
    await expect.poll(() => page.locator('h1').textContent()).toBe('Mettre à jour mon mot de passe')
    await page.getByLabel('Nouveau mot de passe', { exact: true }).fill('Roux-Paul-2027!')
    await page.getByLabel('Confirmation du mot de passe', { exact: true }).fill('Roux-Paul-2027!')
    await capture(page, '21-reset-code-password')
    await page.getByRole('button', { name: 'Valider' }).click()
    await page.waitForURL(`${portal.url}/`)
    await expect.poll(() => page.locator('h1').textContent()).toBe('Bonjour Paul ROUX')
    await own.context.close()
  })

  it("refuses to send again past the library's limit, and says when to retry", async () => {
    const button = page.getByRole('button', { name: 'Renvoyer le message' })
    await expect
      .poll(
        async () => {
          await button.click()
          return (await page.getByRole('status').textContent()) ?? ''
        },
        { timeout: 15_000 },
      )
      .toMatch(/^Trop de demandes depuis votre connexion\. Réessayez dans \d+ minutes?\.$/)
    await capture(page, '05b-email-sent-limit')
  })

  it('delivers the email to the dev mailbox, with the "Réinitialiser mon mot de passe" link', async () => {
    // The email is sent off the response path: poll the mailbox until it arrives.
    await expect
      .poll(
        async () => {
          await page.goto(`${portal.url}/mailbox`)
          return page.getByRole('link', { name: /Réinitialiser votre mot de passe/ }).count()
        },
        { timeout: 10_000 },
      )
      .toBeGreaterThanOrEqual(2)
    expect(await page.locator('tbody').textContent()).toContain('cecile.augrou@aidrolland.example')
    await capture(page, '06-mailbox')
    // The newest message: each one carries a link valid until the password changes.
    await page
      .getByRole('link', { name: /Réinitialiser votre mot de passe/ })
      .first()
      .click()
    const link = page.getByRole('link', { name: 'Réinitialiser mon mot de passe' })
    // The code beside the link, for another device (« Saisir plutôt le code reçu par email »).
    expect(await page.locator('article').textContent()).toMatch(/\b\d{8}\b/)
    resetLink = (await link.getAttribute('href')) ?? ''
    // The origin the portal printed (PORTAL_ORIGIN's default).
    expect(resetLink.startsWith(`${portal.url}/reset-password#token=`)).toBe(true)
    await capture(page, '07-mail')
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
    expect(await checklist(page, RESET_CHECKLIST)).toEqual(
      LABELS.map((label) => [label, 'pending']),
    )
    await capture(page, '08-reset-empty')

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
      expect(await checklist(page, RESET_CHECKLIST), `after "${chunk}"`).toEqual(expected(met))
    }
    expect(await field.inputValue()).toBe('aB12cdef!')
    await capture(page, '09-reset-checklist-complete')
  })

  it('shows and hides the password with the eye toggle', async () => {
    const field = page.getByLabel('Nouveau mot de passe', { exact: true })
    expect(await field.getAttribute('type')).toBe('password')
    await page.getByRole('button', { name: 'Afficher le mot de passe' }).first().click()
    expect(await field.getAttribute('type')).toBe('text')
    await expect
      .poll(() => page.getByRole('button', { name: 'Masquer le mot de passe' }).count())
      .toBe(1)
    await page.getByRole('button', { name: 'Masquer le mot de passe' }).click()
    expect(await field.getAttribute('type')).toBe('password')
  })

  it('refuses a confirmation that does not match', async () => {
    const confirmation = page.getByLabel('Confirmation du mot de passe', { exact: true })
    await confirmation.fill('aB12cdef?')
    // "Valider" is aria-disabled (still focusable): Enter submits, and the form says what is wrong.
    await confirmation.press('Enter')
    await expect
      .poll(() => page.locator('.sesame-field__error').first().textContent())
      .toBe('Les deux mots de passe ne correspondent pas.')
    expect(await confirmation.getAttribute('aria-invalid')).toBe('true')
    expect(page.url()).toContain('/reset-password')
    await capture(page, '10-reset-mismatch')
  })

  it('submits and lands signed in on the dashboard, as in the seed', async () => {
    await page.getByLabel('Confirmation du mot de passe', { exact: true }).fill('aB12cdef!')
    await page.getByRole('button', { name: 'Valider' }).click()
    await page.waitForURL(`${portal.url}/`)
    await expect.poll(() => page.locator('h1').textContent()).toBe('Bonjour Cecile AUGROU')
    expect(await page.getByRole('status').first().textContent()).toBe(
      'Vous êtes à présent connecté à votre nouveau portail.',
    )
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
    // The chart's text alternative, and its pie: one full disc and a slice per status.
    expect(main).toContain('Demandes de financement : 14 archivées, 5 en cours, 3 brouillons.')
    expect(await page.locator('.chart svg circle').count()).toBe(4)
    // The photo slot: an illustration shipped with the portal, loaded from its own origin.
    const photo = await page.locator('.photo img').evaluate((img: HTMLImageElement) => ({
      loaded: img.complete && img.naturalWidth > 0,
      src: img.currentSrc,
    }))
    expect(photo.loaded).toBe(true)
    // Inlined by the build or served by the portal: nothing comes from elsewhere.
    expect(
      photo.src.startsWith('data:image/svg+xml') || photo.src.startsWith(`${portal.url}/`),
    ).toBe(true)
    const session = (await context.cookies()).find((c) => c.name === 'portal.sid')
    expect(session?.httpOnly).toBe(true)
    expect(session?.sameSite).toBe('Lax')
    expect(session?.expires).toBe(-1) // a browser-session cookie: "Se souvenir de moi" was not ticked
    await capture(page, '11-dashboard')
  })

  it('keeps each sidebar line of the seed whole (no "(Multi-" / "SIRET)" break)', async () => {
    for (const width of [DESKTOP.width, MOBILE.width]) {
      await page.setViewportSize({ width, height: DESKTOP.height })
      const siret = await page.locator('.org-siret').evaluate((line) => ({
        lines: Array.from(line.childNodes).flatMap((node) => {
          const range = document.createRange()
          range.selectNodeContents(node)
          return Array.from(range.getClientRects()).map((rect) => Math.round(rect.top))
        }),
        fits: line.scrollWidth <= line.clientWidth,
      }))
      // Every piece of "493 832 309 00111 (Multi-SIRET)" on the same line, none cut off.
      expect(new Set(siret.lines).size, `at ${width} px`).toBe(1)
      expect(siret.fits, `at ${width} px`).toBe(true)
    }
    await page.setViewportSize(DESKTOP)
  })

  it('refuses the same link a second time, with a way to ask for a new one', async () => {
    await page.goto(resetLink)
    await expect
      .poll(() => page.locator('.sesame-reset__error').textContent())
      .toContain('Ce lien a déjà servi')
    await capture(page, '12-link-invalid')
    await page.getByRole('link', { name: 'Demander un nouveau lien' }).click()
    await page.waitForURL('**/forgot-password')
  })

  it("updates a migrated account's password at its first sign-in, keyboard only", async () => {
    await context.clearCookies()
    await page.goto(`${portal.url}/sign-in`)
    await expect.poll(() => page.locator('h1').textContent()).toBe('Me connecter')
    await tabTo(page, 'input[name="email"]')
    await page.keyboard.type('karim.benali@fournil-du-port.example')
    await tabTo(page, 'input[name="password"]')
    await page.keyboard.type('Bordeaux-33')
    await page.keyboard.press('Enter')
    await page.getByLabel('Nouveau mot de passe', { exact: true }).waitFor()
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1')
    await tabTo(page, 'input[name="password"]')
    await page.keyboard.type('Fournil-2026')
    expect(await checklist(page, RESET_CHECKLIST)).toEqual(expected([true, true, true, true, true]))
    await tabTo(page, 'input[name="confirmation"]')
    await page.keyboard.type('Fournil-2026')
    await tabTo(page, '.sesame-reset__submit')
    await page.keyboard.press('Enter')
    await page.waitForURL(`${portal.url}/`)
    await expect.poll(() => page.locator('h1').textContent()).toBe('Bonjour Karim BENALI')
    expect(await page.locator('aside').textContent()).toContain('FOURNIL DU PORT')
    // Signing out, still by keyboard, lands on the front page.
    await tabTo(page, 'aside button.secondary')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator('h1').textContent()).toBe('Mes services en ligne')
  })

  it('signs in with the new password and "Se souvenir de moi"', async () => {
    await page.goto(`${portal.url}/sign-in`)
    await page.getByLabel('Email').fill('cecile.augrou@aidrolland.example')
    await page.getByLabel('Mot de passe', { exact: true }).fill('aB12cdef!')
    await page.getByLabel('Se souvenir de moi').check()
    await page.getByRole('button', { name: 'Valider' }).click()
    await page.waitForURL(`${portal.url}/`)
    await expect.poll(() => page.locator('h1').textContent()).toBe('Bonjour Cecile AUGROU')
    const session = (await context.cookies()).find((c) => c.name === 'portal.sid')
    expect(session?.expires).toBeGreaterThan(Date.now() / 1000 + 29 * 24 * 3600)
    await page.getByRole('button', { name: 'Me déconnecter' }).click()
    await expect.poll(() => page.locator('h1').textContent()).toBe('Mes services en ligne')
  })

  it('changes the password from the account menu; the old one no longer signs in', async () => {
    await page.goto(`${portal.url}/sign-in`)
    await page.getByLabel('Email').fill('jeanne.martin@atelier-roux.example')
    await page.getByLabel('Mot de passe', { exact: true }).fill('Portail-2026!')
    await page.getByRole('button', { name: 'Valider' }).click()
    await expect.poll(() => page.locator('h1').textContent()).toBe('Bonjour Jeanne MARTIN')
    await page
      .getByRole('navigation')
      .getByRole('link', { name: 'Modifier mon mot de passe' })
      .click()
    await page.waitForURL(`${portal.url}/change-password`)
    await expect.poll(() => page.locator('h1').textContent()).toBe('Modifier mon mot de passe')
    await capture(page, '14-change-password')
    await page.getByLabel('Mot de passe actuel', { exact: true }).fill('Portail-2026!')
    await page.getByLabel('Nouveau mot de passe', { exact: true }).fill('Atelier-2027?')
    await page.getByLabel('Confirmation du mot de passe', { exact: true }).fill('Atelier-2027?')
    await page.getByRole('button', { name: 'Valider' }).click()
    await expect
      .poll(() => page.locator('.sesame-change__status').textContent())
      .toContain('Votre mot de passe a été modifié.')
    await capture(page, '15-password-changed')
    await page.getByRole('link', { name: 'Retour à mon espace' }).click()
    await page.getByRole('button', { name: 'Me déconnecter' }).click()
    await expect.poll(() => page.locator('h1').textContent()).toBe('Mes services en ligne')
    await page.goto(`${portal.url}/sign-in`)
    await page.getByLabel('Email').fill('jeanne.martin@atelier-roux.example')
    await page.getByLabel('Mot de passe', { exact: true }).fill('Portail-2026!')
    await page.getByRole('button', { name: 'Valider' }).click()
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toContain('Email ou mot de passe incorrect.')
  })

  it('switches to English', async () => {
    await page.goto(`${portal.url}/sign-in`)
    await page.getByRole('button', { name: 'Switch to English' }).click()
    await expect.poll(() => page.locator('h1').textContent()).toBe('Sign in')
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    expect(await page.getByLabel('Password', { exact: true }).getAttribute('placeholder')).toBe(
      'Enter your password',
    )
    await capture(page, '13-sign-in-english')
    await page.getByRole('link', { name: 'Forgot your password?' }).click()
    await expect.poll(() => page.locator('h1').textContent()).toBe('Forgot your password?')
    await capture(page, '13b-forgot-english')
    await page.goto(`${portal.url}/`)
    await expect.poll(() => page.locator('h1').textContent()).toBe('Mes services en ligne')
    expect(await page.getByRole('link', { name: 'Go to my online services' }).count()).toBe(1)
    await page.getByRole('button', { name: 'Passer en français' }).click()
    await expect
      .poll(() => page.getByRole('link', { name: 'Accéder à mes services en ligne' }).count())
      .toBe(1)
  })

  it('signs up with the same checklist, refuses a name with a link, then activates by the emailed link', async () => {
    await context.clearCookies()
    await page.goto(`${portal.url}/sign-in`)
    await page.getByRole('link', { name: 'Inscrivez-vous !' }).click()
    await page.waitForURL('**/sign-up')
    await expect.poll(() => page.locator('h1').textContent()).toBe('Créer mon compte')
    const name = page.getByLabel('Prénom et nom')
    await name.fill('Client. URGENT: … https://evil.example/login')
    await page.getByLabel('Email').fill('lina.morel@example.org')
    const password = page.getByLabel('Mot de passe', { exact: true })
    const confirmation = page.getByLabel('Confirmation du mot de passe', { exact: true })
    await password.fill('Mot-de-passe-42')
    await confirmation.fill('Mot-de-passe-42')
    await page.getByRole('button', { name: 'Valider' }).click()
    // Refused by the portal before the library's route: the field says why, and takes focus.
    await expect
      .poll(() => page.locator('.sesame-sign-up__error').textContent())
      .toContain('Saisissez votre prénom et votre nom')
    await expect.poll(() => name.evaluate((el) => el === document.activeElement)).toBe(true)
    expect(await name.getAttribute('aria-invalid')).toBe('true')
    await capture(page, '14-sign-up-name-refused')

    await name.fill('Lina Morel')
    await password.fill('')
    await password.pressSequentially('motdepasse1')
    expect(await checklist(page, '.sesame-sign-up .sesame-checklist')).toEqual(
      expected([true, false, false, true, false]),
    )
    await confirmation.fill('motdepasse1')
    // The button says it cannot submit yet (aria-disabled, still focusable): a press explains why.
    await confirmation.press('Enter')
    await expect.poll(() => password.getAttribute('aria-invalid')).toBe('true')
    expect(page.url()).toContain('/sign-up')
    await capture(page, '16-sign-up-refused')

    await password.fill('Mot-de-passe-42')
    await confirmation.fill('Mot-de-passe-42')
    await capture(page, '15-sign-up')
    await page.getByRole('button', { name: 'Valider' }).click()
    await expect
      .poll(() => page.locator('.sesame-sign-up__status').textContent())
      .toBe(
        "Un message a été envoyé à l'adresse email renseignée. Suivez le lien qu'il contient pour activer votre compte.",
      )
    expect(await occurrences(page, 'Un message a été envoyé')).toBe(1)
    await capture(page, '17-sign-up-sent')

    await expect
      .poll(
        async () => {
          await page.goto(`${portal.url}/mailbox`)
          return page.getByRole('link', { name: /Activez votre compte/ }).count()
        },
        { timeout: 10_000 },
      )
      .toBe(1)
    await page.getByRole('link', { name: /Activez votre compte/ }).click()
    expect(await page.locator('article').textContent()).toContain('Lina Morel')
    const activate = page.getByRole('link', { name: 'Activer mon compte' })
    const activationLink = (await activate.getAttribute('href')) ?? ''
    expect(activationLink.startsWith(`${portal.url}/activate#token=`)).toBe(true)
    await capture(page, '18-activation-mail')
    await activate.click()
    await page.waitForURL(`${portal.url}/`)
    await expect.poll(() => page.locator('h1').textContent()).toBe('Bonjour Lina Morel')

    // The same link again: already used, said so, with the way to sign in.
    await page.goto(activationLink)
    await expect
      .poll(() => page.locator('.sesame-activation__error').textContent())
      .toContain('Ce lien a déjà servi')
    expect(await page.locator('h1').textContent()).toBe('Activation du compte')
    await capture(page, '19-activation-used')
  })

  it('fits a 390 px wide phone on every screen, without sideways scroll', async () => {
    const phone = await newPage(browser, MOBILE)
    try {
      const { page: mobile } = phone
      await mobile.goto(`${portal.url}/`)
      await expect.poll(() => mobile.locator('h1').textContent()).toBe('Mes services en ligne')
      await capture(mobile, 'm01-entry')
      await mobile.getByRole('link', { name: 'Accéder à mes services en ligne' }).click()
      await expect.poll(() => mobile.locator('h1').textContent()).toBe('Me connecter')
      await capture(mobile, 'm02-sign-in')
      await mobile.getByRole('link', { name: 'Mot de passe oublié ?' }).click()
      await expect.poll(() => mobile.locator('h1').textContent()).toBe('Mot de passe oublié ?')
      await capture(mobile, 'm03-forgot-password')
      await mobile.goto(`${portal.url}/sign-in`)
      await mobile.getByLabel('Email').fill('cecile.augrou@aidrolland.example')
      await mobile.getByLabel('Mot de passe', { exact: true }).fill('aB12cdef!')
      await mobile.getByRole('button', { name: 'Valider' }).click()
      await expect.poll(() => mobile.locator('h1').textContent()).toBe('Bonjour Cecile AUGROU')
      await capture(mobile, 'm04-dashboard')
      await mobile.goto(resetLink)
      await expect
        .poll(() => mobile.locator('.sesame-reset__error').textContent())
        .toContain('Ce lien a déjà servi')
      await capture(mobile, 'm05-link-invalid')
    } finally {
      await phone.context.close()
    }
  })
})
