/**
 * Textbook ReDoS shapes (nested quantifiers, overlapping alternations, stacked quantifiers): a
 * backtracking engine hangs on each, given the right input. Shared by the pattern and adversarial
 * suites.
 */
export const REDOS_PATTERNS: readonly string[] = [
  '(a+)+$',
  '(a*)*$',
  '^(a|a)*$',
  '^(a|aa)*$',
  '^([ab]|a)*$',
  '^(a|a)*b',
  '(\\w+\\s?)*$',
  '^(([a-z])+.)+[A-Z]([a-z])+$',
  '(.*a){12}',
  '^(a?){25}a{25}$',
  'a*a*a*a*a*a*a*a*!',
  '\\d*\\d*\\d*\\d*\\d*\\d*\\d*\\d*!',
]
