import { InputError } from '../errors'
import { DIGITS, LENGTH, LETTERS, LONGEST_RUN, LOWER, SET_BASE, SPECIAL, UPPER } from '../lib/scan'
import { compilePattern, type PatternMatcher } from '../rules/pattern'
import type { Policy, Rule } from './types'

/** Kinds of rules that are not a plain counter (counters use their slot in `counts`). */
export const COMMON = -1
export const CONTEXT = -2
export const PATTERN = -3
export const MATCH = -4
export const PENDING = -5
export const ANY_OF = -6

/** A rule prepared for evaluation. */
export interface Node {
  readonly rule: Rule
  readonly id: string
  readonly type: Rule['type']
  /** A slot of `counts`, or one of the negative kinds above. */
  readonly kind: number
  /** The rule's number (minimum, maximum run, score). */
  readonly required: number
  /** `length.max`, or -1. */
  readonly max: number
  /** The compiled pattern of a `pattern` rule (linear-time matcher). */
  readonly pattern?: PatternMatcher
  /** The prepared paths of an `anyOf` rule. */
  readonly paths?: readonly (readonly Node[])[]
}

/** Everything precomputed once per policy object. */
export interface Plan {
  readonly nodes: readonly Node[]
  readonly runs: boolean
  readonly sets: readonly ReadonlySet<number>[]
}

const SLOTS: Partial<Record<Rule['type'], number>> = {
  length: LENGTH,
  lowercase: LOWER,
  uppercase: UPPER,
  digits: DIGITS,
  letters: LETTERS,
  special: SPECIAL,
  maxRepeated: LONGEST_RUN,
  notCommon: COMMON,
  notContextual: CONTEXT,
  pattern: PATTERN,
  match: MATCH,
  anyOf: ANY_OF,
}

const plans = new WeakMap<Policy, Plan>()

interface Build {
  runs: boolean
  readonly sets: ReadonlySet<number>[]
}

function compile(rules: readonly Rule[], build: Build): Node[] {
  const sets = build.sets
  return rules.map((rule): Node => {
    const { id, type } = rule
    let kind = SLOTS[type] ?? PENDING
    if (kind === LONGEST_RUN) build.runs = true
    const required =
      rule.type === 'maxRepeated'
        ? rule.max
        : rule.type === 'strength'
          ? rule.minScore
          : 'min' in rule
            ? rule.min
            : kind === PATTERN || kind === MATCH
              ? 1
              : 0
    const max = rule.type === 'length' ? (rule.max ?? -1) : -1
    if (rule.type === 'special' && rule.characters !== undefined) {
      kind = SET_BASE + sets.length
      sets.push(new Set(Array.from(rule.characters.normalize('NFC'), (c) => c.codePointAt(0)!)))
    }
    if (rule.type === 'pattern') {
      // Policies built without definePolicy get the same check as definePolicy's.
      const pattern = compilePattern(rule.source, rule.flags)
      if (typeof pattern === 'string') throw new InputError(`pattern rule ${id}: ${pattern}`)
      return { rule, id, type, kind, required, max, pattern }
    }
    if (rule.type === 'anyOf')
      return {
        rule,
        id,
        type,
        kind,
        required,
        max,
        paths: rule.paths.map((p) => compile(p, build)),
      }
    return { rule, id, type, kind, required, max }
  })
}

/** The plan of `policy`, computed on first use and cached. */
export function planOf(policy: Policy): Plan {
  let plan = plans.get(policy)
  if (plan !== undefined) return plan
  if (typeof policy !== 'object' || policy === null || !Array.isArray(policy.rules))
    throw new InputError('not a policy')
  const build: Build = { runs: false, sets: [] }
  const nodes = compile(policy.rules, build)
  plan = { nodes, runs: build.runs, sets: build.sets }
  plans.set(policy, plan)
  return plan
}
