import type { Policy } from '../policy/types'
import { policy, rule } from './build'

/**
 * NIST SP 800-63B rev. 4, password as a single factor: at least 15 code points, up to 128
 * (at least 64 must be allowed), no composition rules, checked against common and
 * context-specific words. Add `notBreached` for the breach-corpus check.
 */
export const nist: Policy = /* @__PURE__ */ policy(
  rule('length', { min: 15, max: 128 }),
  rule('notCommon'),
  rule('notContextual'),
)
