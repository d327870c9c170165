import type { State } from './regex-compile'

/**
 * Runs the NFA over `chars` (code units, or code points with u/v) as a Pike VM without captures:
 * every live state advances at once, so time is O(chars × states) whatever the pattern. True when
 * the pattern matches anywhere, as RegExp#test answers.
 */
export function runRegex(states: readonly State[], chars: readonly string[]): boolean {
  const seen: number[] = []
  let generation = 0
  let found = false
  let live: number[] = []
  // Adds the states reachable from `s` without consuming a character, each once per position.
  const add = (into: number[], s: number, i: number): void => {
    if (seen[s] === generation) return
    seen[s] = generation
    const state = states[s]
    if (state === undefined) found = true
    else if (state instanceof RegExp) into.push(s)
    else if (typeof state === 'function') {
      if (state(chars, i)) add(into, s + 1, i)
    } else for (const next of state) add(into, next, i)
  }
  for (let i = 0; ; i++) {
    // A new attempt starts at every position: an unanchored search.
    add(live, 0, i)
    if (found || i === chars.length) return found
    const next: number[] = []
    generation++
    for (const s of live) if ((states[s] as RegExp).test(chars[i]!)) add(next, s + 1, i + 1)
    live = next
  }
}
