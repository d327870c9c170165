import type { PolicyIssue } from '../errors'
import { invalidPolicy } from '../lib/invalid-policy'
import type { PatternRule, Rule, SpecialRule } from '../policy/types'
import { loadProgram, type PatternMatcher } from './lib/program-load'

/**
 * Longest input (UTF-16 units) a custom pattern sees. Matching runs in linear time, so this only
 * caps the work per check; longer passwords are cut at this length before matching.
 */
export const PATTERN_INPUT_LIMIT = 1024

// What a rule needs beyond its JSON, built on first use. Both depend on the rule object alone
// (policies are treated as immutable), so the caches carry nothing from one call to the next.
const matchers = new WeakMap<PatternRule, PatternMatcher | string>()
const characterSets = new WeakMap<SpecialRule, ReadonlySet<string>>()

/** The loaded program of a pattern rule, or why it is refused. */
export function matcherOf(rule: PatternRule): PatternMatcher | string {
  let matcher = matchers.get(rule)
  if (matcher === undefined) {
    matcher = loadProgram(rule.program, String(rule.flags ?? ''))
    matchers.set(rule, matcher)
  }
  return matcher
}

/** The code points (NFC) that a `special` rule with `characters` counts. */
export function charactersOf(rule: SpecialRule, characters: string): ReadonlySet<string> {
  let set = characterSets.get(rule)
  if (set === undefined) {
    set = new Set(characters.normalize('NFC'))
    characterSets.set(rule, set)
  }
  return set
}

// The refusal of each pattern rule whose program does not load, at its path.
function refusals(rules: readonly Rule[], at: readonly (string | number)[]): PolicyIssue[] {
  return rules.flatMap((rule, i) => {
    if (rule.type === 'anyOf')
      return rule.paths.flatMap((path, p) => refusals(path, [...at, i, 'paths', p]))
    const matcher = rule.type === 'pattern' ? matcherOf(rule) : undefined
    return typeof matcher === 'string'
      ? [{ path: [...at, i, 'program'], message: `${matcher}: use definePolicy or preparePolicy` }]
      : []
  })
}

/** Throws PolicyError naming, by its path, each pattern rule whose program is refused. */
export function assertPrograms(rules: readonly Rule[]): void {
  const issues = refusals(rules, ['rules'])
  if (issues.length > 0) throw invalidPolicy(issues)
}
