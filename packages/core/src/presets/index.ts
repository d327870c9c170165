import type { Policy } from '../policy/types'
import { classic } from './classic'
import { cnil } from './cnil'
import { nist } from './nist'
import { owaspAsvs } from './owasp-asvs'

/** Ready-made policies: `classic` (the seed), `nist`, `owaspAsvs`, `cnil`. */
export const presets: {
  readonly classic: Policy
  readonly nist: Policy
  readonly owaspAsvs: Policy
  readonly cnil: Policy
} = /* @__PURE__ */ Object.freeze({ classic, nist, owaspAsvs, cnil })
