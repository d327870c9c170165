import { defineConfig } from 'vitest/config'
import { workspaceAliases } from '../../vitest.shared'

export default defineConfig({
  resolve: { alias: workspaceAliases },
  test: {
    environment: 'jsdom',
    setupFiles: ['test/setup.ts'],
    include: ['test/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
  },
})
