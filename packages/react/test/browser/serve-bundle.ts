import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { extname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build, type Plugin } from 'esbuild'

/** A built test page served over HTTP on a free port. */
export interface ServedPage {
  readonly url: string
  close(): Promise<void>
}

const here = fileURLToPath(new URL('.', import.meta.url))
const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript' }

const coreSource = join(here, '../../../core/src')

// @sesame/core from source (`@sesame/core/strength` → src/strength/index.ts), as the unit tests use it.
const workspaceSources: Plugin = {
  name: 'workspace-sources',
  setup(build) {
    build.onResolve({ filter: /^@sesame\/core(\/[\w-]+)?$/ }, ({ path }) => ({
      path: join(coreSource, path.slice('@sesame/core'.length), 'index.ts'),
    }))
  },
}

/**
 * Bundles `entry` and the strength worker with esbuild, as an app's bundler would (ES modules,
 * code splitting, production React), into a temporary folder served on 127.0.0.1 (port 0).
 */
export async function servePage(entry: string): Promise<ServedPage> {
  const out = mkdtempSync(join(tmpdir(), 'sesame-strength-page-'))
  await build({
    entryPoints: {
      page: join(here, entry),
      // Next to the page, where the hook starts them (new URL('./…', import.meta.url)).
      'strength.worker': join(here, '../../src/strength.worker.ts'),
      'strength-en.worker': join(here, '../../src/strength.worker.ts'),
    },
    outdir: out,
    bundle: true,
    splitting: true,
    format: 'esm',
    jsx: 'automatic',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [workspaceSources],
    logLevel: 'error',
  })
  writeFileSync(
    join(out, 'index.html'),
    '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Strength</title></head>' +
      '<body><div id="root"></div><script type="module" src="/page.js"></script></body></html>',
  )
  const server: Server = createServer((request, response) => {
    const path = normalize(new URL(request.url ?? '/', 'http://x').pathname).replace(/^\/+/, '')
    try {
      const body = readFileSync(join(out, path === '' ? 'index.html' : path))
      response.writeHead(200, { 'content-type': types[extname(path) || '.html'] ?? 'text/plain' })
      response.end(body)
    } catch {
      response.writeHead(404).end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address !== null ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}/`,
    async close() {
      await new Promise((resolve) => server.close(resolve))
      rmSync(out, { recursive: true, force: true })
    },
  }
}
