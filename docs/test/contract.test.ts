import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { PROBLEM_STATUS, type ProblemCode } from '@sesame/core/wire'
import { describe, expect, it } from 'vitest'
import { declaredMembers } from './lib/declared'
import { tableColumn } from './lib/markdown'

const docs = join(dirname(fileURLToPath(import.meta.url)), '..')
const source = (path: string) => join(docs, '..', 'packages', path)
const guide = (name: string) => ({ name, text: readFileSync(join(docs, name), 'utf8') })

// Each table of the guides that lists a closed set (codes, rule types, hooks) must list exactly
// the members the sources declare: a new code without documentation fails here.
const tables = [
  ['server.md', 'Problems and their codes', 'core/src/wire/problems.ts', 'ProblemCode'],
  ['server.md', 'Hooks and audit events', 'server/src/hooks.ts', 'ResetHooks'],
  ['server.md', 'Routes', 'core/src/wire/routes.ts', 'WireRoutes'],
  ['tokens-and-flow.md', 'Errors', 'core/src/errors.ts', 'ResetTokenErrorCode'],
  ['policies.md', 'Rules', 'core/src/policy/types.ts', 'RuleType'],
  ['policies.md', 'lintPolicy', 'core/src/policy/lint.ts', 'PolicyWarningCode'],
] as const

describe('the guides list every member of the public sets', () => {
  it.each(tables)('%s, "%s" = %s %s', (name, heading, file, typeName) => {
    const documented = tableColumn(guide(name), heading)
    const declared = declaredMembers(source(file), typeName)
    expect(declared.length).toBeGreaterThan(1)
    expect([...documented].sort()).toEqual([...declared].sort())
  })

  it('server.md gives the HTTP status of every problem code, as the wire contract does', () => {
    const server = guide('server.md')
    const codes = tableColumn(server, 'Problems and their codes', 0)
    const statuses = tableColumn(server, 'Problems and their codes', 1).map(Number)
    expect(statuses).toEqual(codes.map((code) => PROBLEM_STATUS[code as ProblemCode]))
  })
})
