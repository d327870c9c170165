// Catalogues, per locale: each shipped catalogue alone, and the checklist path with it (a bundle
// that speaks that language besides the built-in English and French).
const locales = ['de', 'es', 'fr', 'it', 'nl', 'pt', 'en']

module.exports = [
  ...locales.map((tag) => ({
    name: `@sesame/core/locales/${tag}: the ${tag} core catalogue alone`,
    path: `packages/core/dist/locales/${tag}.js`,
    import: `{ ${tag} }`,
    gzip: true,
    limit: '0.5 kB',
  })),
  ...locales
    .filter((tag) => tag !== 'en' && tag !== 'fr')
    .map((tag) => ({
      name: `@sesame/core: checklist path + the ${tag} catalogue (passed as catalogues)`,
      import: {
        'packages/core/dist/index.js': '{ checkPassword, describePolicy, presets }',
        [`packages/core/dist/locales/${tag}.js`]: `{ ${tag} }`,
      },
      gzip: true,
      // F2's wellFormed check and G's catalogues together (each side's budget alone was smaller).
      limit: '4.8 kB',
    })),
]
