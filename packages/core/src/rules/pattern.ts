/** Longest input (UTF-16 units) a custom pattern ever sees: bounds its running time. */
export const PATTERN_INPUT_LIMIT = 256

// Refused: stateful or unknown flags, backreferences, and a quantified group holding a
// quantifier (the shapes behind catastrophic backtracking).
const UNSAFE =
  /\\[1-9]|\\k<|\((?:[^()\\]|\\.)*(?:[*+?}]|\{\d)(?:[^()\\]|\\.)*\)\s*(?:[*+{]|\?(?!:))/

/** True when the pattern compiles and is safe to run on bounded input. */
export function isSafePattern(source: string, flags: string): boolean {
  try {
    new RegExp(source, flags)
  } catch {
    return false
  }
  return /^[imsuv]*$/.test(flags) && !UNSAFE.test(source)
}
