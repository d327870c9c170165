import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { blocks, CHECKED, docs, FLAGS, samples, UNCHECKED, writeSamples } from './lib/samples'
import { type Problem, typecheck } from './lib/typecheck'

describe('code blocks of the guides and READMEs', () => {
  it('use a known language and known flags', () => {
    const odd = blocks
      .filter(
        (block) =>
          !(CHECKED.has(block.lang) || UNCHECKED.has(block.lang)) ||
          [...block.flags].some((flag) => !FLAGS.has(flag) || !CHECKED.has(block.lang)),
      )
      .map((block) => `${block.guide}:${block.line} \`\`\`${block.lang} ${[...block.flags]}`)
    expect(odd).toEqual([])
  })

  it.each(blocks.filter((block) => block.lang === 'json').map((b) => [`${b.guide}:${b.line}`, b]))(
    '%s is valid JSON',
    (_, block) => {
      expect(() => JSON.parse(block.code)).not.toThrow()
    },
  )
})

describe('TypeScript samples of the guides and READMEs', () => {
  const problems = new Map<string, Problem[]>()
  let files: string[] = []

  beforeAll(() => {
    files = writeSamples('check', samples)
    for (const problem of typecheck(join(docs, 'tsconfig.json'), files)) {
      problems.set(problem.file, [...(problems.get(problem.file) ?? []), problem])
    }
  })

  it('exist', () => {
    expect(samples.length).toBeGreaterThan(0)
  })

  it.each(samples.map((sample, index) => [sample.name, index] as const))(
    '%s type-checks',
    (_, index) => {
      const sample = samples[index]!
      const found = (problems.get(files[index]!) ?? []).map(
        // Report the guide's own line numbers, so that the failure points at the Markdown.
        (problem) => `${sample.guide}:${sample.line + problem.line - 1}: ${problem.message}`,
      )
      expect(found).toEqual([])
    },
  )
})
