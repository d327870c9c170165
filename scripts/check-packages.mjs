#!/usr/bin/env node
// Packaging check, run by CI after `pnpm build`:
//  1. pack each published package as users receive it (workspace:* rewritten by pnpm pack);
//  2. publint --strict and attw on each tarball;
//  3. install the tarballs into a fresh temporary project and there import (ESM) and
//     require (CJS) every public subpath, check that error classes are shared between subpaths,
//     and type-check a TypeScript consumer with moduleResolution node16 and bundler.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const packages = [
  'packages/core',
  'packages/react',
  'packages/server',
  'packages/express-adapter',
  'packages/fastify-adapter',
]
const bin = (name) => join(root, 'node_modules', '.bin', name)

function sh(cmd, args, options = {}) {
  return execFileSync(cmd, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    ...options,
  })
}

function step(title, fn) {
  process.stdout.write(`• ${title}\n`)
  try {
    const out = fn()
    if (typeof out === 'string' && out.trim()) process.stdout.write(indent(out))
  } catch (error) {
    const out = `${error.stdout ?? ''}${error.stderr ?? ''}` || String(error)
    process.stderr.write(indent(out))
    process.stderr.write(`✗ ${title} failed\n`)
    process.exit(1)
  }
}

const indent = (text) =>
  `${text
    .trimEnd()
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n')}\n`

const work = mkdtempSync(join(tmpdir(), 'sesame-pack-'))
const tarballs = {}
const manifests = {}

for (const dir of packages) {
  const manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'))
  manifests[manifest.name] = manifest
  step(`pack ${manifest.name}`, () => {
    const out = sh('pnpm', ['pack', '--pack-destination', work], { cwd: join(root, dir) })
    const file = out
      .trim()
      .split('\n')
      .map((line) => line.trim())
      .find((line) => line.endsWith('.tgz'))
    if (!file) throw new Error(`pnpm pack printed no tarball:\n${out}`)
    tarballs[manifest.name] = file.startsWith('/') ? file : join(work, file)
    return ''
  })
  const tarball = tarballs[manifest.name]
  step(`publint --strict ${manifest.name}`, () => sh(bin('publint'), ['run', tarball, '--strict']))
  step(`attw ${manifest.name}`, () => {
    const cssEntries = Object.keys(manifest.exports).filter((key) => key.endsWith('.css'))
    const args = [tarball, '--format', 'ascii', '--no-emoji', '--no-color']
    if (cssEntries.length > 0) args.push('--exclude-entrypoints', ...cssEntries)
    sh(bin('attw'), args)
    return 'no problems found'
  })
}

// The consumer project: a fresh folder outside the workspace, installed from the tarballs.
const consumer = join(work, 'consumer')
mkdirSync(consumer)
writeFileSync(
  join(consumer, 'package.json'),
  JSON.stringify({ name: 'sesame-consumer', private: true, version: '0.0.0' }, null, 2),
)
step('install the tarballs into a fresh project', () =>
  sh(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      '--prefer-offline',
      '--loglevel=error',
      ...Object.values(tarballs),
      'react@19',
      'react-dom@19',
      'express@5',
      'fastify@5',
      '@types/react@19',
      '@types/express@5',
      '@types/node@20',
    ],
    { cwd: consumer },
  ),
)

// Every public subpath that holds code (not package.json or CSS).
const subpaths = Object.entries(manifests).flatMap(([name, manifest]) =>
  Object.keys(manifest.exports)
    .filter((key) => key !== './package.json' && !key.endsWith('.css'))
    .map((key) => (key === '.' ? name : `${name}/${key.slice(2)}`)),
)

// Which subpaths re-export which error class: each pair must be the very same class.
const sharedErrors = {
  ResetTokenError: ['@sesame/core', '@sesame/core/tokens'],
  FlowError: ['@sesame/core', '@sesame/core/flow'],
  ConfigError: ['@sesame/core', '@sesame/core/tokens', '@sesame/core/breach'],
  Refusal: ['@sesame/server', '@sesame/express'],
}

const checkBody = (load) => `
const subpaths = ${JSON.stringify(subpaths)}
const sharedErrors = ${JSON.stringify(sharedErrors)}
const loaded = {}
for (const id of subpaths) {
  const mod = ${load}
  const names = Object.keys(mod).filter((key) => key !== 'default' && key !== '__esModule')
  if (names.length === 0) throw new Error(id + ' exports nothing')
  loaded[id] = mod
}
for (const [name, ids] of Object.entries(sharedErrors)) {
  const classes = ids.map((id) => loaded[id][name])
  if (classes.some((cls) => typeof cls !== 'function')) throw new Error(name + ' missing from one of ' + ids.join(', '))
  if (new Set(classes).size !== 1) throw new Error(name + ' is a different class in ' + ids.join(', '))
  const err = new classes[1]('invalid', 'x')
  if (!(err instanceof classes[0])) throw new Error(name + ': instanceof fails across subpaths')
}
console.log('loaded ' + subpaths.length + ' subpaths; shared error classes identical')
`

step('ESM: import every subpath', () => {
  writeFileSync(join(consumer, 'esm.mjs'), checkBody('await import(id)'))
  return sh(process.execPath, ['esm.mjs'], { cwd: consumer })
})
step('CJS: require every subpath', () => {
  writeFileSync(join(consumer, 'cjs.cjs'), checkBody('require(id)'))
  return sh(process.execPath, ['cjs.cjs'], { cwd: consumer })
})

// A TypeScript consumer that touches each subpath's types.
const typeImports = subpaths
  .map(
    (id, index) =>
      `import * as m${index} from '${id}'\nexport const k${index}: string[] = Object.keys(m${index})`,
  )
  .join('\n')
writeFileSync(
  join(consumer, 'consumer.ts'),
  `${typeImports}
import { isSesameError, ResetTokenError } from '@sesame/core'
import type { ResetTokenErrorCode } from '@sesame/core/tokens'
export function codeOf(error: unknown): ResetTokenErrorCode | undefined {
  if (error instanceof ResetTokenError) return error.code
  return isSesameError(error, 'stale') ? 'stale' : undefined
}
`,
)
// The same consumer as an ES module, so that node16 resolves the `import` conditions too.
writeFileSync(
  join(consumer, 'consumer-esm.mts'),
  readFileSync(join(consumer, 'consumer.ts'), 'utf8').replaceAll(
    'export const k',
    'export const e',
  ),
)
for (const resolution of ['node16', 'bundler']) {
  step(`TypeScript consumer, moduleResolution ${resolution}`, () => {
    const tsconfig = {
      compilerOptions: {
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: ['node'],
        lib: ['ES2022', 'DOM'],
        jsx: 'react-jsx',
        module: resolution === 'node16' ? 'node16' : 'esnext',
        moduleResolution: resolution,
        target: 'ES2022',
      },
      files: resolution === 'node16' ? ['consumer.ts', 'consumer-esm.mts'] : ['consumer.ts'],
    }
    writeFileSync(join(consumer, `tsconfig.${resolution}.json`), JSON.stringify(tsconfig, null, 2))
    return sh(
      process.execPath,
      [join(root, 'node_modules/typescript/bin/tsc'), '-p', `tsconfig.${resolution}.json`],
      {
        cwd: consumer,
      },
    )
  })
}

rmSync(work, { recursive: true, force: true })
console.log('packages: every check passed')
