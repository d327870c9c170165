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
  // Adds to `into` the states reachable from `s` at position `i` without consuming a character,
  // each once; true as soon as one of them is past the end of the program.
  const reach = (into: Set<number>, s: number, i: number): boolean => {
    if (into.has(s)) return false
    into.add(s)
    const step = steps[s]
    if (step === undefined) return true
    if (typeof step === 'string') {
      // Before the first and after the last character, `chars[n]` is undefined: an edge.
      const next = chars[step === '$' ? i : i - 1]
      return (next === undefined || (multiline && LINE_END.test(next))) && reach(into, s + 1, i)
    }
    return Array.isArray(step) && step.some((to) => reach(into, to, i))
  }
  let live = new Set<number>()
  for (let i = 0; ; i++) {
    // A new attempt starts at every position: an unanchored search.
    if (reach(live, 0, i)) return true
    if (i === chars.length) return false
    const next = new Set<number>()
    for (const s of live) {
      const step = steps[s]
      if (step instanceof RegExp && step.test(chars[i] as string) && reach(next, s + 1, i + 1))
        return true
    }
    live = next
  }
}
