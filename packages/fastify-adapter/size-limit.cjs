// Budget for @sesame/fastify: the plugin alone (the server, Fastify and fastify-plugin are measured elsewhere).
module.exports = [
  {
    name: '@sesame/fastify: the plugin (@sesame/server, fastify and fastify-plugin excluded)',
    path: 'packages/fastify-adapter/dist/index.js',
    gzip: true,
    ignore: ['fastify', 'fastify-plugin', '@sesame/server', '@sesame/core'],
    limit: '1.3 kB',
  },
]
