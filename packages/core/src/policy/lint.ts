import type { Policy } from './types'

/** Why a policy departs from NIST SP 800-63B rev. 4 or OWASP ASVS 5.0. */
export type PolicyWarningCode =
  | 'composition_rules'
  | 'min_length_below_8'
  | 'min_length_below_15'
  | 'max_length_below_64'
  | 'no_blocklist'

/** One departure from a standard; the policy stays usable. */
export interface PolicyWarning {
  /** Stable code. */
  readonly code: PolicyWarningCode
  /** The rule concerned, when there is one. */
  readonly ruleId?: string
  /** English explanation with the standard's reference. */
  readonly message: string
}

const COMPOSITION = new Set(['lowercase', 'uppercase', 'digits', 'special', 'letters'])

/**
 * Lists where `policy` departs from NIST SP 800-63B rev. 4 and OWASP ASVS 5.0: composition
 * rules, minimum under 8 (or under 15 for a single factor), maximum under 64, no blocklist.
 * It informs and never refuses. Only top-level rules count (an `anyOf` path is optional).
 */
export function lintPolicy(policy: Policy): PolicyWarning[] {
  const warnings: PolicyWarning[] = []
  let min = 0
  let blocklist = false
  for (const rule of policy.rules) {
    if (COMPOSITION.has(rule.type))
      warnings.push({
        code: 'composition_rules',
        ruleId: rule.id,
        message: `"${rule.id}" is a composition rule: NIST 800-63B (3.1.1.2) and ASVS V6.2.5 advise against them`,
      })
    if (rule.type === 'notCommon' || rule.type === 'notBreached') blocklist = true
    if (rule.type !== 'length') continue
    min = Math.max(min, rule.min)
    if (rule.max !== undefined && rule.max < 64)
      warnings.push({
        code: 'max_length_below_64',
        ruleId: rule.id,
        message: `"${rule.id}" caps passwords at ${rule.max}: NIST 800-63B and ASVS V6.2.9 require allowing at least 64`,
      })
  }
  if (min < 8)
    warnings.push({
      code: 'min_length_below_8',
      message: `minimum length ${min}: NIST 800-63B and ASVS V6.2.1 require at least 8`,
    })
  else if (min < 15)
    warnings.push({
      code: 'min_length_below_15',
      message: `minimum length ${min}: NIST 800-63B requires 15 when the password is the only factor`,
    })
  if (!blocklist)
    warnings.push({
      code: 'no_blocklist',
      message: 'no notCommon or notBreached rule: NIST 800-63B and ASVS V6.2.4 require a blocklist',
    })
  return warnings
}
