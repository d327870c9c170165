// @vitest-environment node
import { existsSync } from 'node:fs'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ServedPage, servePage } from './browser/serve-bundle'

// Debian's Chromium (or CHROMIUM_PATH); on CI a missing browser fails instead of skipping.
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const available = existsSync(chromiumPath) || process.env.CI === 'true'

interface LongTask {
  readonly startTime: number
  readonly duration: number
}

describe.skipIf(!available)('the strength meter in Chromium', () => {
  let browser: Browser
  let page: ServedPage

  beforeAll(async () => {
    page = await servePage('strength-page.tsx')
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    })
  }, 120_000)

  afterAll(async () => {
    await browser?.close()
    await page?.close()
  })

  // One session: a fresh page, 64 characters typed, the long tasks seen while typing.
  async function typeInFreshPage(tab: Page) {
    await tab.goto(page.url)
    const field = tab.getByLabel('Nouveau mot de passe')
    await field.waitFor()
    await field.click()
    const typingStarted = await tab.evaluate(() => performance.now())
    // Bursts of keys with pauses longer than the debounce, so that estimates run mid-typing too.
    const password = 'Tr0ub4dor&3-correct-horse-battery-staple!P@ssw0rd1984-qwertyuiop'
    expect(password).toHaveLength(64)
    for (const [n, key] of [...password].entries()) {
      await tab.keyboard.type(key)
      await tab.waitForTimeout(n % 8 === 7 ? 180 : 25)
    }
    await expect.poll(() => tab.getByTestId('typed').textContent()).toBe('64')
    // The meter shows the estimate of the whole password.
    const meter = tab.locator('.sesame-strength')
    await expect.poll(() => meter.getAttribute('data-score'), { timeout: 15_000 }).toBe('4')
    await tab.waitForTimeout(200)
    const longTasks = await tab.evaluate(
      (since) =>
        (window as unknown as { longTasks: LongTask[] }).longTasks.filter(
          (t) => t.startTime >= since && t.duration > 50,
        ),
      typingStarted,
    )
    return { longTasks, workers: tab.workers().map((worker) => new URL(worker.url()).pathname) }
  }

  it('keeps every task under 50 ms while 64 characters are typed, the estimate in a worker', async () => {
    const tab = await browser.newPage()
    // Recorded from the first script on, so that no long task can go unseen.
    await tab.addInitScript(() => {
      const tasks: LongTask[] = []
      Object.assign(window, { longTasks: tasks })
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          tasks.push({ startTime: entry.startTime, duration: entry.duration })
      }).observe({ type: 'longtask', buffered: true })
    })
    // A task's duration is wall time: on a loaded machine the OS can stretch a short one past
    // 50 ms, so a failing session is measured a second time before failing, as the timing
    // suites of the repository do. The bound itself is never relaxed.
    let session = await typeInFreshPage(tab)
    if (session.longTasks.length > 0) {
      const first = session.longTasks
      session = await typeInFreshPage(tab)
      expect(session.longTasks, `first session: ${JSON.stringify(first)}`).toEqual([])
    }
    expect(session.longTasks).toEqual([])
    // The estimate ran in the worker the hook started, not on the page's thread.
    expect(session.workers).toEqual(['/strength.worker.js'])

    // Control: the observer does see a long task when the page runs one (a task of its own, as
    // DevTools evaluations are not attributed to the page).
    await tab.evaluate(() => {
      setTimeout(() => {
        const end = performance.now() + 120
        while (performance.now() < end);
      }, 0)
    })
    await expect
      .poll(() =>
        tab.evaluate(() =>
          (window as unknown as { longTasks: LongTask[] }).longTasks.some((t) => t.duration > 100),
        ),
      )
      .toBe(true)
    await tab.close()
  }, 120_000)
})
