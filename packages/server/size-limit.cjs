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
    // 14.2 kB before sign-in and change-password (issue 15: two flows, throttle, hashing bound).
    limit: '16.8 kB',
  },
  {
    name: '@sesame/server: everything but ./hashing, edge bundle (redisStore, problems, wire)',
    path: 'packages/server/dist/index.js',
    gzip: true,
    modifyEsbuildConfig: edge,
    limit: '17.5 kB',
  },
]
