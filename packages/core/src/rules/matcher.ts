import type { PatternProgram } from '../policy/types'
import { CLASS, MAX_PROGRAM, MAX_PROGRAM_TEXT, PROGRAM_FORMAT } from './lib/program-format'
import { runRegex, type Step } from './lib/regex-match'

/**
 * Longest input (UTF-16 units) a custom pattern sees. Matching runs in linear time, so this only
 * caps the work per check; longer passwords are cut at this length before matching.
 */
export const PATTERN_INPUT_LIMIT = 1024

/**
 * A loaded pattern: `test` answers like RegExp#test on the first {@link PATTERN_INPUT_LIMIT}
 * units of the text, in time linear in them.
 */
export interface PatternMatcher {
  test(text: string): boolean
}

// Built in a pure function so that bundles without the matcher drop it.
const ONE_CLASS = /* @__PURE__ */ (() => new RegExp(`^${CLASS.source}$`))()

function malformed(): never {
  throw new Error('malformed program')
}

/**
 * Checks a rule's program (it may come from anywhere) and makes it runnable, or says why it is
 * refused: flags among `imsuv`, each state one character class, an edge or moves within the
 * program, the whole bounded. No program can then make matching throw or slow.
 */
export function loadMatcher(
  program: PatternProgram | undefined,
  flags: string,
): PatternMatcher | string {
  if (program?.format !== PROGRAM_FORMAT)
    return program == null ? 'no program' : `program format ${program.format} unknown`
  try {
    const { states } = program
    if (
      /[^imsuv]/.test(flags) ||
      states.length > MAX_PROGRAM ||
      JSON.stringify(program).length > MAX_PROGRAM_TEXT
    )
      malformed()
    const steps = states.map((state): Step => {
      if (state === '^' || state === '$') return state
      if (typeof state === 'string')
        return ONE_CLASS.test(state) ? new RegExp(`^${state}$`, flags) : malformed()
      if (!Array.isArray(state)) malformed()
      return state.map((to) =>
        Number.isInteger(to) && to >= 0 && to <= states.length ? to : malformed(),
      )
    })
    const unicode = /[uv]/.test(flags)
    const multiline = flags.includes('m')
    return {
      test(text) {
        const cut = text.slice(0, PATTERN_INPUT_LIMIT)
        return runRegex(steps, unicode ? [...cut] : cut.split(''), multiline)
      },
    }
  } catch {
    // Whatever else a received value can be: not arrays, a class that the flags refuse...
    return 'malformed program'
  }
}
