/**
 * True when a word match of `length` characters needs at least as many guesses as zxcvbn-ts's
 * bruteforce estimate of the same span (10 per character). Its optimal-sequence search always
 * prefers (or ties with) bruteforce there, so dropping the match cannot change the result; it
 * only saves scoring time, which grows with the number of matches.
 */
export function outguessedByBruteforce(guesses: number, length: number): boolean {
  return guesses >= 10 ** length
}
