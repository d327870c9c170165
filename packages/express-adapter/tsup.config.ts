import { defineConfig } from 'tsup'

export default defineConfig({
  entry: { index: 'src/index.ts', testing: 'src/testing/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  splitting: true,
  clean: true,
  treeshake: true,
  target: 'node20',
  platform: 'node',
  removeNodeProtocol: false,
  external: ['express', /^@sesame\/core/, /^@sesame\/server/],
})
