/**
 * `@sesame/core/blocklist`: the offline list of common passwords behind the `notCommon` rule.
 * Import it (statically on the server, lazily in the browser, or through `loadBlocklist()`)
 * and pass it to `checkPassword(policy, password, context, { blocklist: commonPasswords })`.
 *
 * @packageDocumentation
 */
import { COMMON_PASSWORDS } from './common-passwords'

/** The 10,000 most common passwords (lowercased, NFC), from zxcvbn-ts' frequency list. */
export const commonPasswords: ReadonlySet<string> = new Set(COMMON_PASSWORDS.split('\n'))

/** True when `password` is in {@link commonPasswords}, compared case-insensitively after NFC. */
export function isCommonPassword(password: string): boolean {
  return commonPasswords.has(password.normalize('NFC').toLowerCase())
}
