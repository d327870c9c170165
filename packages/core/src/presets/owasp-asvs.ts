import type { Policy } from '../policy/types'
import { policy, rule } from './build'

/**
 * OWASP ASVS 5.0 level 1 (V6.2): at least 8 code points (15 strongly recommended), at least
 * 64 allowed (128 here), any composition, checked against the most common passwords.
 */
export const owaspAsvs: Policy = /* @__PURE__ */ policy(
  rule('length', { min: 8, max: 128 }),
  rule('notCommon'),
)
