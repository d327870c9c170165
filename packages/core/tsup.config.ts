import { defineConfig } from 'tsup'
import { localeEntries } from '../../tsup.shared'

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    tokens: 'src/tokens/index.ts',
    flow: 'src/flow/index.ts',
    strength: 'src/strength/index.ts',
    breach: 'src/breach/index.ts',
    blocklist: 'src/blocklist/index.ts',
    wire: 'src/wire/index.ts',
    locales: 'src/locales/index.ts',
    ...localeEntries('src/locales'),
    ...localeEntries('src/strength/feedback', 'strength/feedback'),
  },
  format: ['esm', 'cjs'],
  dts: true,
  // One shared chunk for the error classes: without it each CJS entry gets its own copy.
  splitting: true,
  sourcemap: false,
  clean: true,
  treeshake: true,
  target: 'es2022',
  platform: 'neutral',
})
