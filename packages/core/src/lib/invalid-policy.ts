import { PolicyError, type PolicyIssue } from '../errors'

/** The PolicyError listing `issues`, its message naming each bad field by its path. */
export function invalidPolicy(issues: readonly PolicyIssue[]): PolicyError {
  const summary = issues.map((i) => `${i.path.join('.') || '(policy)'}: ${i.message}`).join('; ')
  return new PolicyError(`Invalid policy: ${summary}`, issues)
}
