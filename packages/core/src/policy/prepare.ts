import { PolicyError } from '../errors'
import { compileRules } from '../rules/compiled'
import type { Policy } from './types'

/**
 * Checks that `policy` can be evaluated and compiles its `pattern` rules, returning the same
 * object. Never required: `checkPassword` compiles a pattern on first use. Call it where a bad
 * policy should fail early, e.g. at start-up on a policy read from a file, without the zod
 * validation of `definePolicy`.
 *
 * @throws PolicyError (code `invalid_policy`) when a pattern is outside the supported subset
 * (backreferences, lookarounds and classes of strings are not) or the value is not a policy.
 */
export function preparePolicy<P extends Policy>(policy: P): P {
  if (typeof policy !== 'object' || policy === null || !Array.isArray(policy.rules))
    throw new PolicyError('Invalid policy: not a policy', [{ path: [], message: 'not a policy' }])
  compileRules(policy.rules)
  return policy
}
