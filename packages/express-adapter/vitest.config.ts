import { defineConfig } from 'vitest/config'
import { workspaceAliases } from '../../vitest.shared'

// The route suites run twice: against Express 5 (the dev dependency) and Express 4 (aliased).
export default defineConfig({
  resolve: { alias: workspaceAliases },
  test: {
    // The fuzzing and race suites are long under CI=true, on a shared 2-core machine.
    testTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: { name: 'express5', include: ['test/**/*.test.ts', 'src/**/*.test.ts'] },
      },
      {
        extends: true,
        resolve: { alias: [{ find: /^express$/, replacement: 'express-4' }] },
        test: {
          name: 'express4',
          include: ['test/routes*.test.ts', 'test/bindings.test.ts'],
          env: { EXPRESS_MAJOR: '4' },
        },
      },
    ],
  },
})
