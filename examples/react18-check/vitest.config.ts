import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'
import { workspaceAliases } from '../../vitest.shared'

// React 18 (and the Testing Library bound to it) from this package, for @sesame/react's own tests.
const require = createRequire(import.meta.url)
const react18 = [
  'react',
  'react/jsx-runtime',
  'react/jsx-dev-runtime',
  'react-dom',
  'react-dom/client',
  'react-dom/server',
  'react-dom/test-utils',
  '@testing-library/react',
].map((name) => ({
  find: new RegExp(`^${name.replace('/', '\\/')}$`),
  replacement: require.resolve(name),
}))

const reactTests = fileURLToPath(new URL('../../packages/react/test', import.meta.url))

export default defineConfig({
  resolve: { alias: [...react18, ...workspaceAliases] },
  test: {
    environment: 'jsdom',
    dir: reactTests,
    setupFiles: [`${reactTests}/setup.ts`, './react-version.ts'],
    // Everything but the react-hook-form test, whose library instance is bound to React 19.
    include: ['**/*.test.{ts,tsx}'],
    exclude: ['**/react-hook-form.test.tsx', '**/node_modules/**'],
  },
})
