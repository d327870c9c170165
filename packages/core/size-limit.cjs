// Budgets for @sesame/core entries: one file per area in ./size (paths relative to the repository root).
const { readdirSync } = require('node:fs')
const { join } = require('node:path')

const dir = join(__dirname, 'size')
module.exports = readdirSync(dir)
  .filter((file) => file.endsWith('.cjs'))
  .sort()
  .flatMap((file) => require(join(dir, file)))
