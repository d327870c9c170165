module.exports = [
  {
    name: '@sesame/core: isSesameError',
    path: 'packages/core/dist/index.js',
    import: '{ isSesameError }',
    gzip: true,
    limit: '500 B',
  },
]
