import { DIGITS, LENGTH, LETTERS, LOWER, SPECIAL, UPPER } from '../lib/scan'
import { assertPrograms } from '../rules/compiled'
import type { Check, Policy, Rule } from './types'

/** Counts above this get a fresh check on every call; below, one check per count is kept. */
const KEPT_COUNTS = 129

/** A counting rule prepared for evaluation. */
export interface Counter {
  readonly rule: Rule
  /** The scan slot the rule compares with its number. */
  readonly slot: number
  /** Checks already answered, by count: frozen values, so sharing them is safe. */
  readonly answers: Check[]
}

/** How to evaluate a policy: per rule, in policy order, a {@link Counter} or the rule itself. */
export type Plan = readonly (Counter | Rule)[]

/** The scan slot each counting rule compares with its number. */
export const SLOTS: Readonly<Partial<Record<Rule['type'], number>>> = {
  length: LENGTH,
  lowercase: LOWER,
  uppercase: UPPER,
  digits: DIGITS,
  letters: LETTERS,
  special: SPECIAL,
}

// A plan depends on the policy object alone (policies are treated as immutable), and its kept
// checks are frozen values: nothing carries from one call to the next but the answers themselves.
const plans = new WeakMap<Policy, Plan>()

/** The plan of `policy`, built on its first evaluation, which refuses a malformed program. */
export function planOf(policy: Policy): Plan {
  let plan = plans.get(policy)
  if (plan === undefined) {
    assertPrograms(policy.rules)
    plan = policy.rules.map((rule): Counter | Rule => {
      const slot = SLOTS[rule.type]
      // A special rule with its own characters counts them in a pass of its own.
      if (slot === undefined || (rule.type === 'special' && rule.characters !== undefined))
        return rule
      return { rule, slot, answers: [] }
    })
    plans.set(policy, plan)
  }
  return plan
}

/** Keeps `check`, the answer of `counter` for `actual`, for the calls that count the same. */
export function keep(counter: Counter, actual: number, check: Check): Check {
  Object.freeze(check)
  if (actual < KEPT_COUNTS) counter.answers[actual] = check
  return check
}
