import type { Policy } from '../policy/types'
import { policy, rule } from './build'

/** The seed portal's checklist: 1 lowercase, 1 uppercase, 2 digits, 8 to 128 characters, 1 special. */
export const classic: Policy = /* @__PURE__ */ policy(
  rule('lowercase', { min: 1 }),
  rule('uppercase', { min: 1 }),
  rule('digits', { min: 2 }),
  rule('length', { min: 8, max: 128 }),
  rule('special', { min: 1 }),
)
