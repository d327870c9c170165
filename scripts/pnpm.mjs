#!/usr/bin/env node
// Entry point of the README's two commands (`npm start`, `npm test`): needs only Node and npm.
// It finds pnpm 10 (or runs it through npx, from the npm registry), installs the workspace,
// then hands over to the pnpm script that does the work.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager
const version = pinned.replace(/^pnpm@/, '')
const major = version.split('.')[0]

// npm passes its own configuration down as npm_config_* variables; pnpm would read them as its own.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !/^npm_(config|package|lifecycle)_/i.test(key)),
)
// better-sqlite3 compiles from source here rather than trying to download a prebuilt binary.
// Named for prebuild-install alone (its rc reads `prebuild-install_*`): as npm_config_build_from_source,
// npx and npm would read it too and warn `Unknown env config "build-from-source"`.
env['prebuild-install_buildFromSource'] = 'true'

function run(cmd, args) {
  const result = spawnSync(cmd, args, { cwd: root, env, stdio: 'inherit' })
  if (result.error) throw result.error
  return result.status ?? 1
}

function probe(cmd, args) {
  const result = spawnSync(cmd, args, { cwd: root, env, encoding: 'utf8' })
  return result.status === 0 ? result.stdout.trim() : ''
}

const globalVersion = probe('pnpm', ['--version'])
const pnpm =
  globalVersion.split('.')[0] === major
    ? (args) => run('pnpm', args)
    : (args) => run('npx', ['--yes', `pnpm@${version}`, ...args])

const task = process.argv[2]
const steps = {
  start: [
    ['install', '--frozen-lockfile'],
    ['run', 'portal'],
  ],
  test: [
    ['install', '--frozen-lockfile'],
    ['run', 'verify'],
  ],
}[task]
if (!steps) {
  console.error(`usage: node scripts/pnpm.mjs <start|test>`)
  process.exit(2)
}
// `npm start` is the try-it command: the portal shows its email on /mailbox (refused in production).
if (task === 'start') env.PORTAL_DEV_MAILBOX ??= '1'
for (const step of steps) {
  const status = pnpm(step)
  if (status !== 0) process.exit(status)
}
