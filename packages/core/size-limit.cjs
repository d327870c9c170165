// Budgets for @sesame/core entries (paths relative to the repository root).
module.exports = [
  {
    name: '@sesame/core: errors only',
    path: 'packages/core/dist/index.js',
    import: '{ isSesameError }',
    gzip: true,
    limit: '500 B',
  },
]
