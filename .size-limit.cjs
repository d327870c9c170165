// Size budgets (min+gzip), checked by `pnpm size` in CI. Each package keeps its own list.
module.exports = [
  ...require('./packages/core/size-limit.cjs'),
  ...require('./packages/react/size-limit.cjs'),
  ...require('./packages/server/size-limit.cjs'),
  ...require('./packages/express-adapter/size-limit.cjs'),
  ...require('./packages/fastify-adapter/size-limit.cjs'),
]
