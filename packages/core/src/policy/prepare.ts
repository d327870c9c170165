import type { PolicyIssue } from '../errors'
import { invalidPolicy } from '../lib/invalid-policy'
import { withPrograms } from '../rules/programs'
import type { Policy } from './types'

/**
 * Compiles the `pattern` rules of a policy that did not come from `definePolicy` (written by hand,
 * read from a file without zod validation) and returns it ready for `checkPassword`: the same
 * object when every pattern already carries the program its source compiles to, as a policy from
 * `definePolicy` (or its JSON, e.g. `GET /policy`) does; otherwise a copy with the programs.
 *
 * @throws PolicyError (code `invalid_policy`) when a pattern is outside the supported subset
 * (backreferences, lookarounds and classes of strings are not) or the value is not a policy.
 */
export function preparePolicy<P extends Policy>(policy: P): P {
  if (typeof policy !== 'object' || policy === null || !Array.isArray(policy.rules))
    throw invalidPolicy([{ path: [], message: 'not a policy' }])
  const issues: PolicyIssue[] = []
  const rules = withPrograms(policy.rules, ['rules'], issues)
  if (issues.length > 0) throw invalidPolicy(issues)
  return rules === policy.rules ? policy : { ...policy, rules }
}
