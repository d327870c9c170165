import type { PatternProgram } from '../policy/types'
import { compileRegex } from './lib/regex-compile'
import { parseRegex } from './lib/regex-parse'
import { loadMatcher } from './matcher'

/** Longest pattern source compiled (definePolicy's schema is stricter). */
const MAX_SOURCE = 1024

/**
 * Compiles a pattern for the linear-time matcher, or returns why it is refused: invalid syntax, a
 * flag other than i m s u v (g, y and d mean nothing for a rule), backreferences, lookarounds,
 * classes of strings, or a program over the size bound. The program is what the matcher runs.
 */
export function compileProgram(source: string, flags: string): PatternProgram | string {
  try {
    new RegExp(source, flags)
    const flag = /[^imsuv]/.exec(flags)
    if (flag) return `flag ${flag[0]} not supported`
    if (source.length > MAX_SOURCE) return 'pattern too large'
    const program = compileRegex(parseRegex(source, flags))
    // Every test is valid by now: the matcher refuses only a program over its size bound.
    return typeof loadMatcher(program, flags) === 'string' ? 'pattern too large' : program
  } catch (error) {
    return (error as Error).message
  }
}

/** Why `source`/`flags` cannot be a pattern rule, or undefined when they can. */
export function patternProblem(source: string, flags: string): string | undefined {
  const compiled = compileProgram(source, flags)
  return typeof compiled === 'string' ? compiled : undefined
}

/** True when the pattern is in the supported subset (see {@link compileProgram}). */
export function isSafePattern(source: string, flags: string): boolean {
  return patternProblem(source, flags) === undefined
}
