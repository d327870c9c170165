// Which source modules an import of @sesame/core carries, and what each costs after gzip.
// Bundles the import from src/ (esbuild: minified, ESM, browser, as size-limit does), then for each
// module drops its bytes from the output and reports how much the gzipped bundle shrinks.
//
//   node packages/core/size/attribute.mjs ['{ checkPassword, describePolicy, presets }']
import { createRequire } from 'node:module'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const here = dirname(fileURLToPath(import.meta.url))
const src = join(here, '..', 'src')
// esbuild is not a dependency of its own here: it comes with tsup, which builds the package.
const fromCore = createRequire(join(here, '..', 'package.json'))
const { build } = createRequire(fromCore.resolve('tsup'))('esbuild')

const names = process.argv[2] ?? '{ checkPassword, describePolicy, presets }'
const result = await build({
  stdin: { contents: `export ${names} from './index.ts'`, resolveDir: src, loader: 'ts' },
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  sourcemap: 'external',
  outdir: join(here, 'out'),
  write: false,
})
const code = result.outputFiles.find((file) => file.path.endsWith('.js')).text
const map = JSON.parse(result.outputFiles.find((file) => file.path.endsWith('.map')).text)

// The source of every output character, from the source map's segments (base64 VLQ).
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
function decode(segment) {
  const values = []
  let value = 0
  let shift = 0
  for (const char of segment) {
    const digit = DIGITS.indexOf(char)
    value += (digit & 31) << shift
    if (digit & 32) shift += 5
    else {
      values.push(value & 1 ? -(value >> 1) : value >> 1)
      value = 0
      shift = 0
    }
  }
  return values
}
const lineStarts = [0]
for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1)
const starts = []
let source = 0
map.mappings.split(';').forEach((line, index) => {
  let column = 0
  for (const segment of line.split(',').filter(Boolean)) {
    const values = decode(segment)
    column += values[0]
    if (values.length > 1) source += values[1]
    starts.push([lineStarts[index] + column, values.length > 1 ? source : -1])
  }
})
const owner = new Int32Array(code.length).fill(-1)
for (const [i, [start, from]] of starts.entries())
  owner.fill(from, start, starts[i + 1]?.[0] ?? code.length)

const gzip = (text) => gzipSync(text, { level: 9 }).length
const total = gzip(code)
const rows = map.sources
  .map((path, index) => {
    let kept = ''
    let own = 0
    for (let k = 0; k < code.length; k++)
      if (owner[k] === index) own++
      else kept += code[k]
    return {
      module: relative(src, join(here, 'out', path)),
      minified: own,
      gzip: total - gzip(kept),
    }
  })
  .filter((row) => row.minified > 0)
  .sort((a, b) => b.gzip - a.gzip)

const lines = [
  `${names}: ${code.length} B minified, ${total} B gzip`,
  '  gzip   min  module (gzip: how much the bundle shrinks without it)',
  ...rows.map(
    (row) => `${String(row.gzip).padStart(6)} ${String(row.minified).padStart(5)}  ${row.module}`,
  ),
]
process.stdout.write(`${lines.join('\n')}\n`)
