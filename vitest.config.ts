import { defineConfig } from 'vitest/config'

// `vitest` at the root runs every package's suite (each keeps its own config).
export default defineConfig({
  test: {
    projects: ['packages/*', 'examples/*', 'docs'],
  },
})
