import type { PathRule, Policy, Rule } from '../policy/types'

// Every preset object is frozen as it is built, nested paths included.
// Marked free of side effects so that bundlers drop the presets an app does not use.

/** A normalised rule whose id is its type (prefixed inside an `anyOf` path). */
/* @__NO_SIDE_EFFECTS__ */
export function rule(type: Rule['type'], fields?: object, prefix = ''): PathRule {
  return Object.freeze({ type, id: prefix + type, ...fields }) as PathRule
}

/** A frozen version-1 policy. */
/* @__NO_SIDE_EFFECTS__ */
export function policy(...rules: Rule[]): Policy {
  return Object.freeze({ version: 1, rules: Object.freeze(rules) })
}
