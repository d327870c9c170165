// @sesame/core/tokens budgets (measured + ~10%): jose and @noble/hashes are bundled into the measurement.
module.exports = [
  {
    name: '@sesame/core/tokens: peekResetToken (browser, no key)',
    path: 'packages/core/dist/tokens.js',
    import: '{ peekResetToken }',
    gzip: true,
    limit: '1.7 kB',
  },
  {
    name: '@sesame/core/tokens: createResetTokens (issue + verify + JWE)',
    path: 'packages/core/dist/tokens.js',
    import: '{ createResetTokens }',
    gzip: true,
    limit: '21.5 kB',
  },
]
