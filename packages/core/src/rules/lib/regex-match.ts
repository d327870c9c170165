/**
 * A loaded program state: a RegExp consumes one character that it matches, `'^'` and `'$'` test
 * the position (both then go to the next state), a list of state numbers are empty moves. Past
 * the end: a match.
 */
export type Step = RegExp | '^' | '$' | readonly number[]

const LINE_END = /[\n\r\u2028\u2029]/

/**
 * Runs the NFA over `chars` (code units, or code points with u/v) as a Pike VM without captures:
 * every live state advances at once, so time is O(chars × states) whatever the pattern. True when
 * the pattern matches anywhere, as RegExp#test answers.
 */
export function runRegex(
  steps: readonly Step[],
  chars: readonly string[],
  multiline: boolean,
): boolean {
  const seen: number[] = []
  let generation = 0
  let found = false
  let live: number[] = []
  // Adds the states reachable from `s` without consuming a character, each once per position.
  const add = (into: number[], s: number, i: number): void => {
    if (seen[s] === generation) return
    seen[s] = generation
    const step = steps[s]
    if (step === undefined) found = true
    else if (step instanceof RegExp) into.push(s)
    else if (typeof step === 'string') {
      // Before the first and after the last character, `chars[n]` is undefined: an edge.
      const next = chars[step === '$' ? i : i - 1]
      if (next === undefined || (multiline && LINE_END.test(next))) add(into, s + 1, i)
    } else for (const next of step) add(into, next, i)
  }
  for (let i = 0; ; i++) {
    // A new attempt starts at every position: an unanchored search.
    add(live, 0, i)
    if (found || i === chars.length) return found
    const next: number[] = []
    generation++
    for (const s of live) if ((steps[s] as RegExp).test(chars[i]!)) add(next, s + 1, i + 1)
    live = next
  }
}
