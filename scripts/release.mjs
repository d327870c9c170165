#!/usr/bin/env node
// Release rehearsal (`pnpm release`): build, run every check (`pnpm verify`), then let pnpm pack
// and "publish" the five packages with --dry-run, so that what would reach npm is printed and
// nothing is sent. The real release is `pnpm changeset version` (commit) then `pnpm changeset publish`.
//
//   node scripts/release.mjs                 build + verify + publish --dry-run
//   node scripts/release.mjs --skip-verify   build + publish --dry-run (quick look at the tarballs)
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
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
const args = new Set(process.argv.slice(2))
const unknown = [...args].filter((arg) => arg !== '--skip-verify')
if (unknown.length > 0) fail(`unknown option ${unknown.join(' ')} (only --skip-verify)`)

function fail(message) {
  process.stderr.write(`✗ release: ${message}\n`)
  process.exit(1)
}

function run(title, cmd, cmdArgs) {
  process.stdout.write(`\n• ${title}: ${cmd} ${cmdArgs.join(' ')}\n`)
  const result = spawnSync(cmd, cmdArgs, { cwd: root, stdio: 'inherit' })
  if (result.error) fail(`${title}: ${result.error.message}`)
  if (result.status !== 0) fail(`${title} failed (exit code ${result.status})`)
}

const manifests = packages.map((dir) => ({
  dir,
  ...JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')),
}))

// The five packages are versioned together (`fixed` in .changeset/config.json).
const versions = new Set(manifests.map((manifest) => manifest.version))
if (versions.size !== 1) {
  fail(`versions differ: ${manifests.map((m) => `${m.name}@${m.version}`).join(', ')}`)
}

// Metadata that npm shows on the package page; a package without it should not go out.
const required = [
  'description',
  'keywords',
  'license',
  'repository',
  'homepage',
  'files',
  'exports',
]
for (const manifest of manifests) {
  const missing = required.filter((field) => manifest[field] === undefined)
  if (missing.length > 0) fail(`${manifest.name} has no ${missing.join(', ')} in package.json`)
  if (!readdirSync(join(root, manifest.dir)).includes('README.md')) {
    fail(`${manifest.name} has no README.md`)
  }
}

const pending = readdirSync(join(root, '.changeset')).filter(
  (name) => name.endsWith('.md') && name !== 'README.md',
)
if (pending.length > 0) {
  process.stdout.write(
    `• ${pending.length} pending changeset(s) (${pending.join(', ')}): a real release runs ` +
      '`pnpm changeset version` first; this rehearsal packs the current versions.\n',
  )
}

run('build', 'pnpm', ['build'])
if (!args.has('--skip-verify')) run('checks', 'pnpm', ['verify'])
// Scoped packages are private on npm unless published with public access.
run('publish (dry run)', 'pnpm', [
  'publish',
  '-r',
  '--dry-run',
  '--no-git-checks',
  '--access',
  'public',
])
process.stdout.write(
  `\n✓ release rehearsal passed for ${manifests.map((m) => `${m.name}@${m.version}`).join(', ')}\n`,
)
