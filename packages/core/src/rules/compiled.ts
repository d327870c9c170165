import { PolicyError, type PolicyIssue } from '../errors'
import type { PatternRule, Rule, SpecialRule } from '../policy/types'
import { compilePattern, type PatternMatcher } from './pattern'

// What a rule needs beyond its JSON, built on first use. Both depend on the rule object alone
// (policies are treated as immutable), so the caches carry nothing from one call to the next.
const matchers = new WeakMap<PatternRule, PatternMatcher | string>()
const characterSets = new WeakMap<SpecialRule, ReadonlySet<string>>()

function compiled(rule: PatternRule): PatternMatcher | string {
  let matcher = matchers.get(rule)
  if (matcher === undefined) {
    matcher = compilePattern(String(rule.source), String(rule.flags ?? ''))
    matchers.set(rule, matcher)
  }
  return matcher
}

/** The compiled matcher of a pattern rule, or `undefined` when the pattern is refused. */
export function matcherOf(rule: PatternRule): PatternMatcher | undefined {
  const matcher = compiled(rule)
  return typeof matcher === 'string' ? undefined : matcher
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

function collect(rules: readonly Rule[], at: readonly (string | number)[], issues: PolicyIssue[]) {
  rules.forEach((rule, i) => {
    if (rule.type === 'anyOf')
      rule.paths.forEach((path, p) => {
        collect(path, [...at, i, 'paths', p], issues)
      })
    else if (rule.type === 'pattern') {
      const matcher = compiled(rule)
      if (typeof matcher === 'string')
        issues.push({ path: [...at, i, 'source'], message: `unsupported pattern: ${matcher}` })
    }
  })
}

/**
 * Compiles every pattern rule of `rules` (cached per rule); throws PolicyError naming each
 * refused pattern by its path.
 */
export function compileRules(rules: readonly Rule[]): void {
  const issues: PolicyIssue[] = []
  collect(rules, ['rules'], issues)
  if (issues.length > 0)
    throw new PolicyError(
      `Invalid policy: ${issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      issues,
    )
}
