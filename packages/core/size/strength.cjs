// Strength and breach entries. The dictionaries are loaded by dynamic import on first use, so the
// entry budgets exclude them; Sesame's packed dictionaries (generated from the zxcvbn-ts language
// packages, see scripts/generate-dictionaries.mjs) are measured on their own below.
// The dictionary chunks of dist/ (en-HASH.js, fr-HASH.js), left out of the entry budgets.
const dictionaryChunks = ['./en-*', './fr-*']

module.exports = [
  {
    // Includes Sesame's own matchers, which the entry loads lazily with the engine.
    name: '@sesame/core/strength: Sesame code only (zxcvbn-ts and dictionaries excluded)',
    path: 'packages/core/dist/strength.js',
    import: '{ estimateStrength }',
    ignore: ['@zxcvbn-ts/core', ...dictionaryChunks],
    gzip: true,
    limit: '5 KB',
  },
  {
    name: '@sesame/core/strength: entry + zxcvbn-ts engine, without dictionaries',
    path: 'packages/core/dist/strength.js',
    import: '{ estimateStrength }',
    ignore: dictionaryChunks,
    gzip: true,
    limit: '17 KB',
  },
  {
    name: 'dictionaries for en (common + English lists, graphs, feedback), loaded on first estimate',
    path: 'packages/core/src/strength/dictionaries/en.ts',
    import: '*',
    gzip: true,
    limit: '470 KB',
  },
  {
    name: 'dictionaries added for fr (French lists, feedback), loaded on first French estimate',
    path: 'packages/core/src/strength/dictionaries/fr.ts',
    import: '*',
    gzip: true,
    limit: '130 KB',
  },
  {
    name: '@sesame/core/strength: createBreachChecker',
    path: 'packages/core/dist/breach.js',
    import: '{ createBreachChecker }',
    gzip: true,
    limit: '2 KB',
  },
]
