import type { PolicyIssue } from '../errors'
import type { Rule } from '../policy/types'
import { compileProgram } from './pattern'

/**
 * `rules` with the program of each pattern rule compiled from its source and flags (nested ones
 * included), sharing every object that needs no change: `rules` itself when none does. Each
 * refused pattern adds an issue at its path.
 */
export function withPrograms(
  rules: readonly Rule[],
  at: readonly (string | number)[],
  issues: PolicyIssue[],
): readonly Rule[] {
  const compiled = rules.map((rule, i): Rule => {
    if (rule.type === 'anyOf') {
      const paths = rule.paths.map((path, p) => withPrograms(path, [...at, i, 'paths', p], issues))
      return paths.every((path, p) => path === rule.paths[p])
        ? rule
        : { ...rule, paths: paths as typeof rule.paths }
    }
    if (rule.type !== 'pattern') return rule
    const program = compileProgram(String(rule.source), String(rule.flags ?? ''))
    if (typeof program === 'string') {
      issues.push({ path: [...at, i, 'source'], message: `unsupported pattern: ${program}` })
      return rule
    }
    // The source is the truth: a program that differs from what it compiles to is replaced.
    return JSON.stringify(program) === JSON.stringify(rule.program) ? rule : { ...rule, program }
  })
  return compiled.every((rule, i) => rule === rules[i]) ? rules : compiled
}
