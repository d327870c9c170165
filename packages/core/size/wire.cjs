// The wire contract is what a browser client imports: constants and tiny validators, no zod.
module.exports = [
  {
    name: '@sesame/core/wire: everything (routes, problem statuses, bounds, normaliser, email shape)',
    path: 'packages/core/dist/wire.js',
    gzip: true,
    limit: '750 B',
  },
]
