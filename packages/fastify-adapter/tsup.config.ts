import { defineConfig } from 'tsup'

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  splitting: true,
  clean: true,
  treeshake: true,
  target: 'node20',
  platform: 'node',
  external: ['fastify', 'fastify-plugin', /^@sesame\/core/, /^@sesame\/server/],
})
