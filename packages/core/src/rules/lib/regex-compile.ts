import type { PatternProgram, PatternState } from '../../policy/types'
import { MAX_PROGRAM, PROGRAM_FORMAT } from './program-format'

/** The program under construction, owned by one {@link compileRegex} call. */
export interface Program {
  readonly states: PatternState[]
  /** Copies made by repetitions so far, counted against {@link MAX_PROGRAM}. */
  copies: number
}

/** A piece of pattern that appends its states to a program (repetition runs it once per copy). */
export type Fragment = (program: Program) => void

function grow(program: Program, copies: number): void {
  program.copies += copies
  if (program.copies + program.states.length > MAX_PROGRAM) throw new Error('pattern too large')
}

function emit(program: Program, state: number[]): number[] {
  program.states.push(state)
  return state
}

/** One character in a class, or an edge: `^` or `$`. */
export const leaf =
  (state: string): Fragment =>
  (program) => {
    program.states.push(state)
    grow(program, 0)
  }

/** Fragments one after the other. */
export const sequence =
  (items: readonly Fragment[]): Fragment =>
  (program) => {
    for (const item of items) item(program)
  }

/** Any one of the alternatives. */
export const alternation =
  (alternatives: readonly Fragment[]): Fragment =>
  (program) => {
    const { states } = program
    const fork = emit(program, [])
    const ends = alternatives.map((alternative) => {
      fork.push(states.length)
      alternative(program)
      return emit(program, [])
    })
    for (const end of ends) end.push(states.length)
  }

/** `body` repeated min to max times (max may be Infinity): optional copies can be skipped. */
export const repeat =
  (body: Fragment, min: number, max: number): Fragment =>
  (program) => {
    const { states } = program
    for (let n = 0; n < max; n++) {
      grow(program, 1)
      const start = states.length
      const fork = n < min ? undefined : emit(program, [start + 1])
      body(program)
      // The one unbounded copy loops back to its fork, and ends the repetition.
      if (max === Infinity && fork) {
        emit(program, [start])
        fork.push(states.length)
        return
      }
      fork?.push(states.length)
    }
  }

/** The program of `pattern`; throws when it would exceed {@link MAX_PROGRAM} states. */
export function compileRegex(pattern: Fragment): PatternProgram {
  const program: Program = { states: [], copies: 0 }
  pattern(program)
  return { format: PROGRAM_FORMAT, states: program.states }
}
