import type { PathRule, Policy, Rule } from '../policy/types'
import { policy, rule } from './build'

// One CNIL option: a minimum length and one of each listed class, with definePolicy's ids.
/* @__NO_SIDE_EFFECTS__ */
function option(index: number, min: number, classes: readonly Rule['type'][]): readonly PathRule[] {
  const prefix = `anyOf.${index}.`
  return Object.freeze([
    rule('length', { min }, prefix),
    ...classes.map((type) => rule(type, { min: 1 }, prefix)),
  ])
}

/**
 * CNIL deliberation 2022-100, password as the only factor, its two character-based examples:
 * 12 characters with uppercase, lowercase, digits and special characters, OR 14 characters
 * with uppercase, lowercase and digits. (Its third example, a passphrase of 7 words, and the
 * 8-character case that requires account lockout are not expressible as password rules.)
 */
export const cnil: Policy = /* @__PURE__ */ policy(
  rule('anyOf', {
    paths: Object.freeze([
      option(0, 12, ['lowercase', 'uppercase', 'digits', 'special']),
      option(1, 14, ['lowercase', 'uppercase', 'digits']),
    ]),
  }) as Rule,
)
