import { defineConfig, type Options } from 'tsup'

const shared: Options = {
  entry: { index: 'src/index.ts' },
  target: 'es2022',
  external: ['react', 'react-dom', '@sesame/core'],
  // React Server Components: the hooks and components only run on the client.
  banner: { js: "'use client'" },
}

// One entry, so CJS needs no shared chunks; without splitting, esbuild keeps the banner on the first line.
export default defineConfig([
  { ...shared, format: ['esm'], splitting: true, dts: true },
  {
    ...shared,
    format: ['cjs'],
    splitting: false,
    dts: true,
    async onSuccess() {
      const { copyFile } = await import('node:fs/promises')
      await copyFile('src/styles.css', 'dist/styles.css')
    },
  },
])
