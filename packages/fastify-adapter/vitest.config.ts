import { defineConfig } from 'vitest/config'
import { workspaceAliases } from '../../vitest.shared'

export default defineConfig({
  resolve: { alias: workspaceAliases },
  test: { testTimeout: 120_000, include: ['test/**/*.test.ts'] },
})
