import { defineConfig, type Options } from 'tsup'

const shared: Options = {
  // The worker is its own entry: useStrength starts it from dist/ by `new URL(…, import.meta.url)`.
  entry: { index: 'src/index.ts', 'strength.worker': 'src/strength.worker.ts' },
  target: 'es2022',
  external: ['react', 'react-dom', '@sesame/core'],
  // React Server Components: the hooks and components only run on the client.
  banner: { js: "'use client'" },
}

// Without splitting, esbuild keeps the banner on the first line of each CJS entry.
export default defineConfig([
  { ...shared, format: ['esm'], splitting: true, dts: true },
  {
    ...shared,
    format: ['cjs'],
    splitting: false,
    dts: true,
    // CommonJS has no import.meta: the hook sees no worker URL and estimates on the main thread.
    define: { 'import.meta.url': 'undefined' },
    async onSuccess() {
      const { copyFile } = await import('node:fs/promises')
      await copyFile('src/styles.css', 'dist/styles.css')
    },
  },
])
