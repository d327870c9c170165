/** Tests the position `i` of `chars` (code units, or code points with u/v): `^` or `$`. */
export type Assertion = (chars: readonly string[], i: number) => boolean

/**
 * A Thompson NFA state: a RegExp consumes one character, an assertion tests the position (both
 * then go to the next state), a list of state numbers are empty moves. Past the end: a match.
 */
export type State = RegExp | Assertion | number[]

/** A piece of pattern that appends its states when called (repetition calls it once per copy). */
export type Fragment = () => void

/** Largest program (states plus repeated copies expanded): bounds compile time, memory and matching. */
export const MAX_PROGRAM = 2_000

// The program being built (compilation is synchronous).
let states: State[] = []
let size = 0

const grow = (copies: number): void => {
  size += copies
  if (size + states.length > MAX_PROGRAM) throw new Error('pattern too large')
}
const emit = (state: number[]): number[] => {
  states.push(state)
  return state
}

/** One character test or one assertion. */
export const leaf =
  (state: RegExp | Assertion): Fragment =>
  () => {
    states.push(state)
    grow(0)
  }

/** Fragments one after the other. */
export const sequence =
  (items: readonly Fragment[]): Fragment =>
  () => {
    for (const item of items) item()
  }

/** Any one of the alternatives. */
export const alternation =
  (alternatives: readonly Fragment[]): Fragment =>
  () => {
    const fork = emit([])
    const ends = alternatives.map((alternative) => {
      fork.push(states.length)
      alternative()
      return emit([])
    })
    for (const end of ends) end.push(states.length)
  }

/** `body` repeated min to max times (max may be Infinity): optional copies can be skipped. */
export const repeat =
  (body: Fragment, min: number, max: number): Fragment =>
  () => {
    for (let n = 0; n < max; n++) {
      grow(1)
      const start = states.length
      const fork = n < min ? undefined : emit([start + 1])
      body()
      // The one unbounded copy loops back to its fork.
      if (max === Infinity && fork) n = emit([start]) && max
      fork?.push(states.length)
    }
  }

/** The NFA states of `pattern`; throws when they would exceed {@link MAX_PROGRAM}. */
export function compileRegex(pattern: Fragment): State[] {
  states = []
  size = 0
  pattern()
  return states
}
