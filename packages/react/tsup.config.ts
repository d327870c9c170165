import { copyFile, readFile, writeFile } from 'node:fs/promises'
import { defineConfig, type Options } from 'tsup'
import { localeEntries } from '../../tsup.shared'

const shared: Options = {
  target: 'es2022',
  external: ['react', 'react-dom', '@sesame/core'],
  entry: {
    index: 'src/index.ts',
    controllers: 'src/controllers/index.ts',
    // Catalogues: data only, one entry per locale.
    locales: 'src/locales/index.ts',
    ...localeEntries('src/locales'),
  },
  // Shared chunks: an app that imports both entries gets one copy of the controllers.
  splitting: true,
  dts: true,
}

// React Server Components: the hooks and components only run on the client. The controllers are
// plain code, usable anywhere, so only the React entry carries the directive.
async function markClientEntry(file: string): Promise<void> {
  const code = await readFile(file, 'utf8')
  if (!code.startsWith("'use client'")) await writeFile(file, `'use client';\n${code}`)
}

// The workers useStrength starts from dist/ by `new URL(…, import.meta.url)`: each one file with
// @sesame/core/strength, zxcvbn-ts and the dictionaries built in, because Vite bundles workers as
// IIFE by default, which cannot hold split chunks. strength.worker.js (also the public
// `@sesame/react/strength-worker`) has English and French; strength-en.worker.js English only.
const worker: Options = {
  target: 'es2022',
  noExternal: ['@sesame/core', '@zxcvbn-ts/core'],
  splitting: false,
  platform: 'browser',
}

// The English worker never loads the French module (core's src through the tsconfig paths, or a
// dist chunk): it resolves to one that says so.
const englishOnly: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'english-only',
  setup(build) {
    build.onResolve({ filter: /(^|\/)(dictionaries\/fr|fr-[\w-]+\.js)$/ }, () => ({
      path: 'fr',
      namespace: 'no-fr',
    }))
    build.onLoad({ filter: /.*/, namespace: 'no-fr' }, () => ({
      contents: "throw new Error('strength-en.worker.js has no French dictionaries')",
    }))
  },
}

export default defineConfig([
  {
    ...shared,
    format: ['esm'],
    async onSuccess() {
      await markClientEntry('dist/index.js')
    },
  },
  {
    ...shared,
    format: ['cjs'],
    // CommonJS has no import.meta: the hook sees no worker URL and estimates on the main thread.
    define: { 'import.meta.url': 'undefined' },
    async onSuccess() {
      await markClientEntry('dist/index.cjs')
      await copyFile('src/styles.css', 'dist/styles.css')
    },
  },
  {
    ...worker,
    entry: { 'strength.worker': 'src/strength.worker.ts' },
    format: ['esm', 'cjs'],
    dts: true,
  },
  {
    ...worker,
    entry: { 'strength-en.worker': 'src/strength.worker.ts' },
    format: ['esm'],
    esbuildPlugins: [englishOnly],
  },
])
