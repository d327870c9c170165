import { readFile, writeFile } from 'node:fs/promises'
import { defineConfig } from 'tsup'

// React Server Components: the hooks and components only run on the client. The controllers are
// plain code, usable anywhere, so only the React entry carries the directive.
async function markClientEntry() {
  for (const file of ['dist/index.js', 'dist/index.cjs']) {
    const code = await readFile(file, 'utf8')
    if (!code.startsWith("'use client'")) await writeFile(file, `'use client';\n${code}`)
  }
}

export default defineConfig({
  entry: { index: 'src/index.ts', controllers: 'src/controllers/index.ts' },
  format: ['esm', 'cjs'],
  target: 'es2022',
  external: ['react', 'react-dom', '@sesame/core'],
  dts: true,
  // Shared chunks: an app that imports both entries gets one copy of the controllers.
  splitting: true,
  clean: true,
  async onSuccess() {
    await markClientEntry()
    const { copyFile } = await import('node:fs/promises')
    await copyFile('src/styles.css', 'dist/styles.css')
  },
})
