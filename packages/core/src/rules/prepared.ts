/**
 * Longest input (UTF-16 units) a custom pattern sees. Matching runs in linear time, so this only
 * caps the work per check; longer passwords are cut at this length before matching.
 */
export const PATTERN_INPUT_LIMIT = 1024

/** A compiled pattern: `test` answers like RegExp#test, in time linear in the input. */
export interface PatternMatcher {
  test(text: string): boolean
}

/**
 * Compiled pattern rules, by rule object. `preparePolicy` (and `definePolicy`) fill it, so that
 * `checkPassword` evaluates patterns without carrying the compiler: a checklist whose policy has
 * no pattern rule never loads it.
 */
export const matchers: WeakMap<object, PatternMatcher> = new WeakMap()
