import { defineConfig } from 'tsup'

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  splitting: true,
  clean: true,
  treeshake: true,
  target: 'es2022',
  external: ['react', 'react-dom', '@sesame/core'],
  // React Server Components: the hooks and components only run on the client.
  banner: { js: "'use client'" },
  async onSuccess() {
    const { copyFile } = await import('node:fs/promises')
    await copyFile('src/styles.css', 'dist/styles.css')
  },
})
