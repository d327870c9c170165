import { compileRegex } from './lib/regex-compile'
import { runRegex } from './lib/regex-match'
import { parseRegex } from './lib/regex-parse'

/**
 * Longest input (UTF-16 units) a custom pattern sees. Matching runs in linear time, so this only
 * caps the work per check; longer passwords are cut at this length before matching.
 */
export const PATTERN_INPUT_LIMIT = 1024

/** A compiled pattern: `test` answers like RegExp#test, in time linear in the input. */
export interface PatternMatcher {
  test(text: string): boolean
}

/** Longest pattern source compiled (definePolicy's schema is stricter). */
const MAX_SOURCE = 1024

/**
 * Compiles a pattern rule for the linear-time matcher, or returns why it is refused: invalid
 * syntax, a flag other than i m s u v (g, y and d mean nothing for a rule), backreferences,
 * lookarounds, classes of strings, or a program over the size bound.
 */
export function compilePattern(source: string, flags: string): PatternMatcher | string {
  try {
    new RegExp(source, flags)
    const flag = /[^imsuv]/.exec(flags)
    if (flag) return `flag ${flag[0]} not supported`
    if (source.length > MAX_SOURCE) return 'pattern too large'
    const states = compileRegex(parseRegex(source, flags))
    const unicode = /[uv]/.test(flags)
    return { test: (text) => runRegex(states, unicode ? [...text] : text.split('')) }
  } catch (error) {
    return (error as Error).message
  }
}

/** Why `source`/`flags` cannot be a pattern rule, or undefined when they can. */
export function patternProblem(source: string, flags: string): string | undefined {
  const compiled = compilePattern(source, flags)
  return typeof compiled === 'string' ? compiled : undefined
}

/** True when the pattern is in the supported subset (see {@link compilePattern}). */
export function isSafePattern(source: string, flags: string): boolean {
  return patternProblem(source, flags) === undefined
}
