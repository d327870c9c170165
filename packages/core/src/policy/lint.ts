import { MANAGERS, type ManagerDefault, refusal } from '../lib/password-managers'
import type { Policy, Rule } from './types'

/**
 * Why a policy departs from NIST SP 800-63B rev. 4 or OWASP ASVS 5.0, or refuses what password
 * managers generate by default (`refuses_manager_passwords`).
 */
export type PolicyWarningCode =
  | 'composition_rules'
  | 'min_length_below_8'
  | 'min_length_below_15'
  | 'max_length_below_64'
  | 'no_blocklist'
  | 'refuses_manager_passwords'

/** One departure from a standard; the policy stays usable. */
export interface PolicyWarning {
  /** Stable code. */
  readonly code: PolicyWarningCode
  /** The rule concerned, when there is one. */
  readonly ruleId?: string
  /** English explanation with the standard's reference, or with what was measured. */
  readonly message: string
  /** `refuses_manager_passwords`: the managers whose default passwords the rule refuses. */
  readonly managers?: readonly ('safari' | 'chrome' | 'bitwarden')[]
}

// Why `rule` refuses each manager's default password, as "Safari's (...) has 1 digit, ...".
function refusals(rule: Rule): { name: ManagerDefault['name']; why: string }[] {
  return MANAGERS.flatMap((m) => {
    const why = refusal(rule, m)
    return why === undefined ? [] : [{ name: m.name, why: `${m.label} ${why}` }]
  })
}

const COMPOSITION = new Set(['lowercase', 'uppercase', 'digits', 'special', 'letters'])

/**
 * Lists where `policy` departs from NIST SP 800-63B rev. 4 and OWASP ASVS 5.0: composition
 * rules, minimum under 8 (or under 15 for a single factor), maximum under 64, no blocklist.
 * It informs and never refuses. Only top-level rules count (an `anyOf` path is optional).
 *
 * Then, one `refuses_manager_passwords` per rule that refuses the password a common manager
 * generates by default, when it ignores `passwordrules`: Safari's `xxxxxx-xxxxxx-xxxxxx`
 * (20 characters: 1 digit, 1 uppercase, 2 hyphens), Chrome's (15 characters, at least one
 * lowercase, uppercase and digit, no symbol), Bitwarden's (14, the same). The message gives
 * what was measured; `managers` names them.
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
  for (const rule of policy.rules) {
    const found = refusals(rule)
    if (found.length > 0)
      warnings.push({
        code: 'refuses_manager_passwords',
        ruleId: rule.id,
        message: `"${rule.id}" refuses what password managers generate by default: ${found.map((f) => f.why).join('; ')}`,
        managers: found.map((f) => f.name),
      })
  }
  return warnings
}
