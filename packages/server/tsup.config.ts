import { defineConfig } from 'tsup'
import { localeEntries } from '../../tsup.shared'

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    emails: 'src/emails/index.ts',
    hashing: 'src/hashing/index.ts',
    node: 'src/node/index.ts',
    testing: 'src/testing/index.ts',
    locales: 'src/locales/index.ts',
    ...localeEntries('src/locales/entries'),
  },
  format: ['esm', 'cjs'],
  dts: true,
  // One shared chunk for what several entries use: without it each CJS entry gets its own copy.
  splitting: true,
  clean: true,
  treeshake: true,
  target: 'es2022',
  // The main entry runs on any runtime (edge included); only ./hashing needs Node.
  platform: 'neutral',
  removeNodeProtocol: false,
  external: [/^@sesame\/core/, '@node-rs/argon2', '@node-rs/bcrypt', /^node:/],
})
