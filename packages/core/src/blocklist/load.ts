import type { Blocklist } from '../policy/types'

/**
 * Loads the built-in list of common passwords on demand (a chunk of its own, so the main entry never carries it),
 * for `checkPassword(policy, password, context, { blocklist: await loadBlocklist() })`.
 */
export function loadBlocklist(): Promise<Blocklist> {
  return import('./index').then((module) => module.commonPasswords)
}
