import { fileURLToPath } from 'node:url'

const coreSrc = fileURLToPath(new URL('./packages/core/src/', import.meta.url))
const reactSrc = fileURLToPath(new URL('./packages/react/src/', import.meta.url))
const expressSrc = fileURLToPath(new URL('./packages/express-adapter/src/', import.meta.url))
const serverSrc = fileURLToPath(new URL('./packages/server/src/', import.meta.url))
const fastifySrc = fileURLToPath(new URL('./packages/fastify-adapter/src/', import.meta.url))

/**
 * Inside the monorepo, tests import the workspace packages from source, so that a change in core
 * is seen by the express and react tests without a rebuild. The built packages are exercised by the
 * consumer smoke test (scripts/check-packages.mjs).
 */
export const workspaceAliases = [
  { find: /^@sesame\/core$/, replacement: `${coreSrc}index.ts` },
  // One entry per locale: `@sesame/<layer>/locales/de` is the file `src/locales/de.ts`.
  { find: /^@sesame\/core\/locales\/([\w-]+)$/, replacement: `${coreSrc}locales/$1.ts` },
  { find: /^@sesame\/server\/locales\/([\w-]+)$/, replacement: `${serverSrc}locales/$1.ts` },
  { find: /^@sesame\/react\/locales\/([\w-]+)$/, replacement: `${reactSrc}locales/$1.ts` },
  { find: /^@sesame\/react\/locales$/, replacement: `${reactSrc}locales/index.ts` },
  {
    find: /^@sesame\/core\/strength\/feedback\/([\w-]+)$/,
    replacement: `${coreSrc}strength/feedback/$1.ts`,
  },
  { find: /^@sesame\/core\/(.+)$/, replacement: `${coreSrc}$1/index.ts` },
  { find: /^@sesame\/react$/, replacement: `${reactSrc}index.ts` },
  { find: /^@sesame\/react\/controllers$/, replacement: `${reactSrc}controllers/index.ts` },
  { find: /^@sesame\/express$/, replacement: `${expressSrc}index.ts` },
  { find: /^@sesame\/express\/testing$/, replacement: `${expressSrc}testing/index.ts` },
  { find: /^@sesame\/server$/, replacement: `${serverSrc}index.ts` },
  { find: /^@sesame\/server\/(.+)$/, replacement: `${serverSrc}$1/index.ts` },
  { find: /^@sesame\/fastify$/, replacement: `${fastifySrc}index.ts` },
]
