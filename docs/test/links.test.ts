import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { type Guide, headingAnchors, links, readGuides } from './lib/markdown'
import { PACKAGE_DIRS } from './lib/samples'

const docs = join(dirname(fileURLToPath(import.meta.url)), '..')
const root = join(docs, '..')
const guides = readGuides(docs)
const byName = new Map(guides.map((guide) => [guide.name, guide]))
const byPath = new Map(guides.map((guide) => [join(docs, guide.name), guide]))

// Package READMEs link into the guides too; a broken link there is as bad as one here.
const readmes: Guide[] = PACKAGE_DIRS.map((dir) => join(root, dir, 'README.md'))
  .filter((path) => existsSync(path))
  .map((path) => ({ name: path, text: readFileSync(path, 'utf8') }))

function base(guide: Guide): string {
  return guide.name.startsWith('/') ? dirname(guide.name) : docs
}

describe('links', () => {
  it('the index lists every guide', () => {
    const index = byName.get('README.md')
    expect(index).toBeDefined()
    const listed = new Set(links(index!).map((link) => link.target.split('#')[0]))
    const missing = guides.map((g) => g.name).filter((n) => n !== 'README.md' && !listed.has(n))
    expect(missing).toEqual([])
  })

  it.each([...guides, ...readmes].map((guide) => [guide.name.replace(`${root}/`, ''), guide]))(
    'every relative link of %s resolves, anchors included',
    (_, guide) => {
      const broken: string[] = []
      for (const { target } of links(guide)) {
        if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue
        const [path = '', anchor] = target.split('#')
        const file = resolve(base(guide), path)
        if (path !== '' && !existsSync(file)) {
          broken.push(`${target}: no such file`)
          continue
        }
        if (anchor === undefined || anchor === '') continue
        const targetGuide = path === '' ? guide : byPath.get(file)
        if (targetGuide !== undefined && !headingAnchors(targetGuide).has(anchor)) {
          broken.push(`${target}: no such heading`)
        }
      }
      expect(broken).toEqual([])
    },
  )
})
