import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // The fuzzing suites run 10,000 cases per property under CI=true, on a shared 2-core machine.
    testTimeout: 120_000,
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
  },
})
