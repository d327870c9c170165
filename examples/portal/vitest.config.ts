import { defineConfig } from 'vitest/config'

// The portal consumes the BUILT Sesame packages (no source aliases): it is what a user gets.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The browser suite and the server suite each start their own server; one at a time on 2 cores.
    fileParallelism: false,
  },
})
