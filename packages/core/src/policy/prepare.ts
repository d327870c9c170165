import { PolicyError, type PolicyIssue } from '../errors'
import { compilePattern } from '../rules/pattern'
import { matchers } from '../rules/prepared'
import type { Policy, Rule } from './types'

function compileAll(rules: readonly Rule[], at: (string | number)[], issues: PolicyIssue[]): void {
  rules.forEach((rule, i) => {
    if (rule.type === 'anyOf')
      rule.paths.forEach((path, p) => {
        compileAll(path, [...at, i, 'paths', p], issues)
      })
    else if (rule.type === 'pattern' && !matchers.has(rule)) {
      const compiled = compilePattern(rule.source, rule.flags)
      if (typeof compiled === 'string')
        issues.push({ path: [...at, i, 'source'], message: `unsupported pattern: ${compiled}` })
      else matchers.set(rule, compiled)
    }
  })
}

/**
 * Compiles the `pattern` rules of a policy for the linear-time matcher and returns the same
 * policy object, ready for `checkPassword`. `definePolicy` does it for you; call it on a policy
 * that did not come from `definePolicy` (JSON from `GET /policy`, a hand-written object) when it
 * may hold `pattern` rules. Policies without pattern rules need nothing, so the checklist path
 * only carries the regex compiler when an app imports this function.
 *
 * @throws PolicyError (code `invalid_policy`) when a pattern is outside the supported subset
 * (backreferences, lookarounds and classes of strings are not) or the value is not a policy.
 */
export function preparePolicy<P extends Policy>(policy: P): P {
  if (typeof policy !== 'object' || policy === null || !Array.isArray(policy.rules))
    throw new PolicyError('Invalid policy: not a policy', [{ path: [], message: 'not a policy' }])
  const issues: PolicyIssue[] = []
  compileAll(policy.rules, ['rules'], issues)
  if (issues.length > 0)
    throw new PolicyError(
      `Invalid policy: ${issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      issues,
    )
  return policy
}
