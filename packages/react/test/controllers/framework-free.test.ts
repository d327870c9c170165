// @vitest-environment node
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, test } from 'vitest'

const src = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src')

// Every module specifier reachable from `entry` through relative imports, with the file importing it.
function reachable(entry: string): Map<string, string> {
  const found = new Map<string, string>()
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true)
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) {
        found.set(fileName, file)
        continue
      }
      const base = resolve(dirname(file), fileName)
      const next = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((candidate) => {
        try {
          readFileSync(candidate)
          return true
        } catch {
          return false
        }
      })
      if (!next) throw new Error(`${file}: cannot resolve ${fileName}`)
      visit(next)
    }
  }
  visit(entry)
  return found
}

describe('@sesame/react/controllers', () => {
  test('reaches no React (nor any other UI library): only @sesame/core', () => {
    const packages = [...reachable(join(src, 'controllers', 'index.ts')).keys()]
    expect(packages.length).toBeGreaterThan(0)
    expect(packages.filter((name) => !name.startsWith('@sesame/core'))).toEqual([])
  })

  test('loads and runs in a process that has no React', async () => {
    const controllers = await import('../../src/controllers/index')
    const controller = controllers.createForgotPasswordController({ locale: 'en' })
    controller.setEmail('x')
    await controller.submit()
    expect(controller.getSnapshot().errors.email).toBe('Enter a valid email address.')
  })
})
