import { defineConfig } from 'vitest/config'
import { workspaceAliases } from '../../vitest.shared'

export default defineConfig({
  resolve: { alias: workspaceAliases },
  test: {
    // The fuzzing, timing and race suites are long under CI=true, on a shared 2-core machine.
    testTimeout: 120_000,
    include: ['test/**/*.test.ts'],
  },
})
