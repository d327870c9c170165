// Strength and breach entries. The dictionaries are loaded by dynamic import on first use, so the
// entry budgets exclude them; each dictionary package is measured on its own below.
const dictionaries = [
  '@zxcvbn-ts/language-common',
  '@zxcvbn-ts/language-en',
  '@zxcvbn-ts/language-fr',
]

module.exports = [
  {
    // Includes Sesame's own matchers, which the entry loads lazily with the engine.
    name: '@sesame/core/strength: Sesame code only (zxcvbn-ts and dictionaries excluded)',
    path: 'packages/core/dist/strength.js',
    import: '{ estimateStrength }',
    ignore: ['@zxcvbn-ts/core', ...dictionaries],
    gzip: true,
    limit: '4.5 KB',
  },
  {
    name: '@sesame/core/strength: entry + zxcvbn-ts engine, without dictionaries',
    path: 'packages/core/dist/strength.js',
    import: '{ estimateStrength }',
    ignore: dictionaries,
    gzip: true,
    limit: '16 KB',
  },
  ...dictionaries.map((name) => ({
    name: `dictionary chunk ${name} (loaded on first estimate)`,
    path: `packages/core/node_modules/${name}/dist/index.mjs`,
    import: '*',
    gzip: true,
    limit: { common: '230 KB', en: '620 KB', fr: '310 KB' }[
      name.slice('@zxcvbn-ts/language-'.length)
    ],
  })),
  {
    name: '@sesame/core/breach: createBreachChecker',
    path: 'packages/core/dist/breach.js',
    import: '{ createBreachChecker }',
    gzip: true,
    limit: '2 KB',
  },
]
