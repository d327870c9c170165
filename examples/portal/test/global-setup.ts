import { fileURLToPath } from 'node:url'
import { build } from 'vite'

/** Builds the client once per run, so the browser tests exercise the current screens. */
export default async function setup(): Promise<void> {
  if (process.env.PORTAL_SKIP_CLIENT_BUILD === '1') return
  // vitest sets NODE_ENV=test, which would give React's development build: test what users get.
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await build({
      configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
      logLevel: 'error',
    })
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV
    else process.env.NODE_ENV = nodeEnv
  }
}
