import { defineConfig } from 'vitest/config'

// Benchmarks import the built packages (dist), as users do: `pnpm bench` builds them first.
export default defineConfig({
  test: {
    include: [],
    benchmark: { include: ['src/**/*.bench.{ts,tsx}'] },
    // Loaded by Node itself, as the peers in node_modules are: a workspace package is otherwise
    // run through Vite's module transform, whose export getters cost every call.
    server: { deps: { external: [/\/packages\/[^/]+\/dist\//] } },
  },
})
