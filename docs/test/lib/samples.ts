import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type CodeBlock, codeBlocks, type Guide, readGuides } from './markdown'

/** The docs workspace folder. */
export const docs = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

/** `ts` and `tsx` blocks are checked; the `run` flag also executes one (its asserts are the test). */
export const CHECKED: ReadonlySet<string> = new Set(['ts', 'tsx'])
/** Flags allowed after the language of a checked block. */
export const FLAGS: ReadonlySet<string> = new Set(['run'])
/** Languages that are not TypeScript; a `js` or `typescript` block would escape the checks. */
export const UNCHECKED: ReadonlySet<string> = new Set([
  'sh',
  'json',
  'text',
  'http',
  'html',
  'css',
  'diff',
])

/** A checked code block and the name tests give it (`policies.md:24`). */
export interface Sample extends CodeBlock {
  readonly name: string
}

/** The published packages, whose READMEs (what npm shows) are checked like the guides. */
export const PACKAGE_DIRS: readonly string[] = Object.freeze([
  'packages/core',
  'packages/react',
  'packages/server',
  'packages/express-adapter',
  'packages/fastify-adapter',
])

// The package READMEs' samples must compile too.
const readmes: Guide[] = PACKAGE_DIRS.map((dir) => `${dir}/README.md`)
  .filter((name) => existsSync(join(docs, '..', name)))
  .map((name) => ({ name, text: readFileSync(join(docs, '..', name), 'utf8') }))

/** The guides of docs/ and the package READMEs. */
export const documents: readonly Guide[] = [...readGuides(docs), ...readmes]

/** Every fenced block of {@link documents}. */
export const blocks: readonly CodeBlock[] = documents.flatMap(codeBlocks)

/** Every `ts` / `tsx` block. */
export const samples: readonly Sample[] = blocks
  .filter((block) => CHECKED.has(block.lang))
  .map((block) => ({ ...block, name: `${block.guide}:${block.line}` }))

/**
 * Writes `list` as files under `docs/.samples/<folder>/` (emptied first) and returns each
 * sample's path, in order.
 */
export function writeSamples(folder: string, list: readonly Sample[]): string[] {
  const root = join(docs, '.samples', folder)
  rmSync(root, { recursive: true, force: true })
  return list.map((sample) => {
    const guide = sample.guide.replace(/\.md$/, '').replace(/[^\w-]+/g, '-')
    const file = join(root, guide, `L${sample.line}.${sample.lang}`)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, `${sample.code}\n`)
    return file
  })
}
