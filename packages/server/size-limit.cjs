// Budgets for @sesame/server (min+gzip; paths relative to the repository root).
// The edge bundle: the main entry with the @sesame/core it imports, bundled by esbuild for a
// browser-like target (no Node builtins): a `node:` import anywhere in it fails the build here.
// Core's lazy chunks (zxcvbn dictionaries, blocklist) load on first use, not at import.
const lazyChunksExternal = {
  name: 'lazy-chunks-external',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
    )
  },
}

const edge = (config) => ({
  ...config,
  platform: 'browser',
  conditions: ['worker', 'browser'],
  plugins: [lazyChunksExternal, ...(config.plugins ?? [])],
})

module.exports = [
  {
    name: '@sesame/server: createHandler, edge bundle (with the @sesame/core it imports; tokens are injected)',
    path: 'packages/server/dist/index.js',
    import: '{ createHandler }',
    gzip: true,
    modifyEsbuildConfig: edge,
    // 14.2 kB before issue 15: 16.8 with sign-in and change-password, then sign-up, activation,
    // invitations and reset codes; +0.25 kB with core's wellFormed check; catalogues in seven locales.
    // With S2's flows, F2's wellFormed check and G's catalogues together; +0.15 kB for issue 15's
    // remainder (a reset activates, the code path's reuse check and equal steps, sign-in's lone
    // surrogates); +0.1 kB for the hashing bound read from the machine's cores and the handler's
    // own catalogues on every password refusal (sign-up, invitation, code).
    limit: '21.45 kB',
  },
  {
    name: '@sesame/server: everything but ./hashing, edge bundle (redisStore, problems, wire)',
    path: 'packages/server/dist/index.js',
    gzip: true,
    modifyEsbuildConfig: edge,
    // With S2's flows, F2's wellFormed check and G's catalogues together; +0.15 and +0.1 kB as above.
    limit: '22.25 kB',
  },
  {
    name: '@sesame/server/emails: renderEmail, the five templates in the seven shipped locales',
    path: 'packages/server/dist/emails.js',
    import: '{ renderEmail }',
    gzip: true,
    modifyEsbuildConfig: edge,
    // 2.6 kB with fr/en as functions; the texts became data, seven locales by default.
    limit: '6.6 kB',
  },
  // One locale's email texts (what `catalogues: [enEmails, deEmails]` adds to a bundle).
  ...['en', 'fr', 'de', 'es', 'it', 'nl', 'pt'].map((locale) => ({
    name: `@sesame/server/locales/${locale}: ${locale}Emails, the five emails' texts`,
    path: `packages/server/dist/locales/${locale}.js`,
    import: `{ ${locale}Emails }`,
    gzip: true,
    modifyEsbuildConfig: edge,
    limit: '1 kB',
  })),
]
