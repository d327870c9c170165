import { defineConfig } from 'vitest/config'

// Benchmarks import the built packages (dist), as users do: `pnpm bench` builds them first.
export default defineConfig({
  test: {
    include: [],
    benchmark: { include: ['src/**/*.bench.{ts,tsx}'] },
  },
})
