import { defineConfig } from 'vitest/config'
import { workspaceAliases } from '../vitest.shared'

export default defineConfig({
  resolve: { alias: workspaceAliases, dedupe: ['react', 'react-dom'] },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // Building one TypeScript program over every sample takes a few seconds on a busy machine.
    hookTimeout: 60_000,
    testTimeout: 20_000,
  },
})
