// What the pattern compiler writes and the matcher reads: shared, so that both agree on the format.

/** Format of the programs this version writes and runs. */
export const PROGRAM_FORMAT = 1

/** Most states a program has (repetitions expanded): bounds compile time, memory and matching. */
export const MAX_PROGRAM = 2_000

/** Longest program, as JSON text, that the matcher loads: bounds the work a received one can ask for. */
export const MAX_PROGRAM_TEXT = 65_536

/**
 * One character class, `[` to the first unescaped `]`: every character test of a program
 * is one, so it cannot quantify, group or alternate, and tests one character in bounded time.
 */
export const CLASS = /\[(?:\\[\s\S]|[^\\\]])*\]/
