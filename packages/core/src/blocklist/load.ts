import type { Blocklist } from '../policy/types'

/**
 * Loads the built-in list of common passwords on demand (its own chunk, about 40 KB gzipped),
 * for `checkPassword(policy, password, context, { blocklist: await loadBlocklist() })`.
 */
export function loadBlocklist(): Promise<Blocklist> {
  return import('./index').then((module) => module.commonPasswords)
}
