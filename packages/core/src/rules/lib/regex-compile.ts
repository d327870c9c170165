/** Tests the position `i` of `chars` (code units, or code points with u/v): `^` or `$`. */
export type Assertion = (chars: readonly string[], i: number) => boolean

/**
 * A Thompson NFA state: a RegExp consumes one character, an assertion tests the position (both
 * then go to the next state), a list of state numbers are empty moves. Past the end: a match.
 */
export type State = RegExp | Assertion | number[]

/** The program under construction, owned by one {@link compileRegex} call. */
export interface Program {
  readonly states: State[]
  /** Copies made by repetitions so far, counted against {@link MAX_PROGRAM}. */
  copies: number
}

/** A piece of pattern that appends its states to a program (repetition runs it once per copy). */
export type Fragment = (program: Program) => void

/** Largest program (states plus repeated copies expanded): bounds compile time, memory and matching. */
export const MAX_PROGRAM = 2_000

function grow(program: Program, copies: number): void {
  program.copies += copies
  if (program.copies + program.states.length > MAX_PROGRAM) throw new Error('pattern too large')
}

function emit(program: Program, state: number[]): number[] {
  program.states.push(state)
  return state
}

/** One character test or one assertion. */
export const leaf =
  (state: RegExp | Assertion): Fragment =>
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

/** The NFA states of `pattern`; throws when they would exceed {@link MAX_PROGRAM}. */
export function compileRegex(pattern: Fragment): State[] {
  const program: Program = { states: [], copies: 0 }
  pattern(program)
  return program.states
}
