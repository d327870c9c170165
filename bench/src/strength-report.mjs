#!/usr/bin/env node
// The strength figures that are not timings of one process: dictionary sizes (Sesame's packed
// dictionaries against the zxcvbn-ts language packages, bundled the same way), score agreement
// with raw zxcvbn-ts on the two test corpora (every disagreement listed), and the time from import
// to first score in Chromium, raw zxcvbn-ts measured in the same run. Prints JSON (bench/run.mjs
// renders it); uses the BUILT packages, so run `pnpm build` first.
//
//   node bench/src/strength-report.mjs [--rounds 7] [--no-browser]
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { dirname, extname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { estimateStrength } from '@sesame/core/strength'

const here = dirname(fileURLToPath(import.meta.url))
const bench = join(here, '..')
const core = join(bench, '../packages/core')
const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '7' },
    'no-browser': { type: 'boolean', default: false },
  },
})

// --- sizes: esbuild (minified) then gzip, as size-limit measures every entry of the repository
async function sizeOf(name, code, files) {
  const { default: sizeLimit } = await import('size-limit')
  const { default: preset } = await import('@size-limit/preset-small-lib')
  const dir = join(bench, '.size-strength')
  mkdirSync(dir, { recursive: true })
  try {
    const entry = join(dir, `${name.replace(/\W+/g, '-')}.js`)
    if (code !== undefined) writeFileSync(entry, `${code}\n`)
    const [{ size }] = await sizeLimit(preset, {
      cwd: bench,
      checks: [{ name, files: files ?? [entry], gzip: true }],
    })
    return size
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const chunk = (prefix) => {
  const file = readdirSync(join(core, 'dist')).find(
    (f) => f.startsWith(`${prefix}-`) && f.endsWith('.js'),
  )
  if (file === undefined)
    throw new Error(`no ${prefix} dictionary chunk in packages/core/dist: build first`)
  return join(core, 'dist', file)
}
const pack = (language) => `export * from '@zxcvbn-ts/language-${language}'`
const sizes = {
  raw: {
    common: await sizeOf('raw common', pack('common')),
    en: await sizeOf('raw en', pack('en')),
    fr: await sizeOf('raw fr', pack('fr')),
  },
  sesame: {
    en: await sizeOf('sesame en', undefined, [chunk('en')]),
    fr: await sizeOf('sesame fr', undefined, [chunk('fr')]),
  },
}

// --- agreement with the scores raw zxcvbn-ts gives (precomputed by the corpus scripts)
async function agreement(file) {
  const entries = JSON.parse(readFileSync(join(core, 'test', file), 'utf8'))
  const differences = []
  for (const entry of entries) {
    const { score } = await estimateStrength(entry.password, { locale: 'en' })
    if (score !== entry.rawScore)
      differences.push({
        kind: entry.kind,
        password: entry.password,
        raw: entry.rawScore,
        sesame: score,
      })
  }
  return { file, total: entries.length, same: entries.length - differences.length, differences }
}
const corpora = [
  await agreement('strength.corpus.json'),
  await agreement('strength.generated-corpus.json'),
]

// --- Chromium: import to first score, in a fresh page each time, both sides alternating
async function browserTimings(rounds) {
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  if (!existsSync(chromiumPath)) return undefined
  const { build } = await import('esbuild')
  const { chromium } = await import('playwright-core')
  const out = mkdtempSync(join(tmpdir(), 'sesame-strength-bench-'))
  const pages = {
    sesame: `const t0 = performance.now()
const { estimateStrength } = await import('@sesame/core/strength')
await estimateStrength('Tr0ub4dor&3')
window.firstScore = performance.now() - t0`,
    raw: `const t0 = performance.now()
const [{ ZxcvbnFactory }, common, en] = await Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common'), import('@zxcvbn-ts/language-en')])
new ZxcvbnFactory({ translations: en.translations, graphs: common.adjacencyGraphs, dictionary: { ...common.dictionary, ...en.dictionary } }).check('Tr0ub4dor&3')
window.firstScore = performance.now() - t0`,
  }
  for (const [name, code] of Object.entries(pages)) {
    const dir = join(out, name)
    mkdirSync(dir)
    writeFileSync(join(dir, 'entry.js'), code)
    // What an app's bundler ships: ES modules, split chunks, minified.
    await build({
      entryPoints: [join(dir, 'entry.js')],
      outdir: dir,
      entryNames: 'page',
      bundle: true,
      splitting: true,
      format: 'esm',
      minify: true,
      nodePaths: [join(bench, 'node_modules')],
      logLevel: 'error',
    })
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><meta charset="utf-8"><script type="module" src="page.js"></script>',
    )
  }
  const server = createServer((request, response) => {
    try {
      const path = join(out, new URL(request.url, 'http://x').pathname.replace(/\.\./g, ''))
      const body = readFileSync(path.endsWith('/') ? join(path, 'index.html') : path)
      const type = extname(path) === '.js' ? 'text/javascript' : 'text/html'
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body)
    } catch {
      response.writeHead(404).end()
    }
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${server.address().port}`
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu'],
  })
  const times = { sesame: [], raw: [] }
  try {
    for (let round = 0; round < rounds; round += 1) {
      for (const name of Object.keys(pages)) {
        const context = await browser.newContext()
        const page = await context.newPage()
        await page.goto(`${origin}/${name}/`)
        await page.waitForFunction(() => typeof window.firstScore === 'number', null, {
          timeout: 60_000,
        })
        times[name].push(await page.evaluate(() => window.firstScore))
        await context.close()
      }
    }
  } finally {
    await browser.close()
    server.close()
    rmSync(out, { recursive: true, force: true })
  }
  return { chromium: browser.version?.() ?? 'chromium', rounds, times }
}
const rounds = Number(values.rounds)
const browser = values['no-browser'] ? undefined : await browserTimings(rounds)

process.stdout.write(`${JSON.stringify({ sizes, corpora, browser }, null, 2)}\n`)
