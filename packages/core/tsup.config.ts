import { defineConfig } from 'tsup'

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
    'locales/de': 'src/locales/de.ts',
    'locales/en': 'src/locales/en.ts',
    'locales/es': 'src/locales/es.ts',
    'locales/fr': 'src/locales/fr.ts',
    'locales/it': 'src/locales/it.ts',
    'locales/nl': 'src/locales/nl.ts',
    'locales/pt': 'src/locales/pt.ts',
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
