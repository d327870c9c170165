// Strength and breach entries. The dictionaries are loaded by dynamic import on first use, so the
// entry budgets exclude them; Sesame's packed dictionaries (generated from the zxcvbn-ts language
// packages, see scripts/generate-dictionaries.mjs) are measured on their own below.
// The dictionary chunks of dist/ (en-HASH.js, fr-HASH.js) and the feedback entries
// (strength/feedback/<tag>.js, one imported per estimate), left out of the entry budgets.
const dictionaryChunks = ['./en-*', './fr-*', './strength/feedback/*']

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
    name: 'dictionaries for en (common + English lists, graphs), loaded on first estimate',
    path: 'packages/core/src/strength/dictionaries/en.ts',
    import: '*',
    gzip: true,
    limit: '470 KB',
  },
  {
    name: 'dictionaries added for fr (French lists), loaded on first French estimate',
    path: 'packages/core/src/strength/dictionaries/fr.ts',
    import: '*',
    gzip: true,
    limit: '130 KB',
  },
  // Feedback catalogues, per locale: what `@sesame/core/strength/feedback/<tag>` adds (an estimate
  // imports only the one it negotiated).
  ...['en', 'fr', 'de', 'es', 'it', 'nl', 'pt'].map((tag) => ({
    name: `@sesame/core/strength/feedback/${tag}: the ${tag} strength feedback`,
    path: `packages/core/dist/strength/feedback/${tag}.js`,
    import: `{ ${tag}Feedback }`,
    gzip: true,
    limit: '1.2 kB',
  })),
  {
    name: '@sesame/core/strength: createBreachChecker',
    path: 'packages/core/dist/breach.js',
    import: '{ createBreachChecker }',
    gzip: true,
    limit: '2 KB',
  },
]
