import { invalidPolicy } from '../lib/invalid-policy'
import { DIGITS, LENGTH, LETTERS, LOWER, SPECIAL, UPPER } from '../lib/scan'
import { loadMatcher, type PatternMatcher } from '../rules/matcher'
import type { AnyOfRule, Check, PatternRule, Policy, Rule, SpecialRule } from './types'

/** Counts above this get a fresh check on every call; below, one check per count is kept. */
const KEPT_COUNTS = 129

/** A rule that compares a count of the scan with its number. */
export interface Counter {
  readonly rule: Rule
  /** The scan slot the rule compares with its number. */
  readonly slot: number
  /** Checks already answered, by count: frozen values, so sharing them is safe. */
  readonly answers: Check[]
}

/** A pattern rule with its loaded program. */
export interface Matcher {
  readonly rule: PatternRule
  readonly matcher: PatternMatcher
}

/** A special rule with its own characters: the code points it counts, NFC. */
export interface Characters {
  readonly rule: SpecialRule
  readonly counted: ReadonlySet<string>
}

/** An anyOf rule with the plan of each path. */
export interface Choice {
  readonly rule: AnyOfRule
  readonly paths: readonly Plan[]
}

/** A rule with what its evaluation needs beyond its JSON, prepared once per policy. */
export type Step = Counter | Matcher | Characters | Choice | { readonly rule: Rule }

/** How to evaluate a list of rules: one step per rule, in order. */
export type Plan = readonly Step[]

/** The scan slot each counting rule compares with its number. */
const SLOTS: Readonly<Partial<Record<Rule['type'], number>>> = {
  length: LENGTH,
  lowercase: LOWER,
  uppercase: UPPER,
  digits: DIGITS,
  letters: LETTERS,
  special: SPECIAL,
}

function prepare(rules: readonly Rule[], at: readonly (string | number)[]): Plan {
  return rules.map((rule, i): Step => {
    switch (rule.type) {
      case 'anyOf':
        return { rule, paths: rule.paths.map((path, p) => prepare(path, [...at, i, 'paths', p])) }
      case 'pattern': {
        const matcher = loadMatcher(rule.program, String(rule.flags ?? ''))
        if (typeof matcher === 'string')
          throw invalidPolicy([
            {
              path: [...at, i, 'program'],
              message: `${matcher}: use definePolicy or preparePolicy`,
            },
          ])
        return { rule, matcher }
      }
      case 'special':
        if (rule.characters !== undefined)
          return { rule, counted: new Set(rule.characters.normalize('NFC')) }
    }
    const slot = SLOTS[rule.type]
    return slot === undefined ? { rule } : { rule, slot, answers: [] }
  })
}

// A plan depends on the policy object alone (policies are treated as immutable), and its kept
// checks are frozen values: nothing carries from one call to the next but the answers themselves.
const plans = new WeakMap<Policy, Plan>()

/**
 * The plan of `policy`, built on its first evaluation.
 *
 * @throws PolicyError (code `invalid_policy`) at the first pattern rule whose program is refused.
 */
export function planOf(policy: Policy): Plan {
  let plan = plans.get(policy)
  if (plan === undefined) {
    plan = prepare(policy.rules, ['rules'])
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
