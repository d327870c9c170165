import type { PasswordContext } from '../policy/types'

/**
 * Lowercased NFC fragments (whole values and their words, 4 code points or more: shorter ones
 * match by chance) that the password must not contain.
 */
export function contextFragments(context: PasswordContext | undefined): string[] {
  const email = context?.email ?? ''
  const values = [
    email.slice(0, email.lastIndexOf('@') >>> 0),
    context?.name ?? '',
    ...(context?.userInputs ?? []),
  ]
  const fragments = new Set<string>()
  for (const value of values) {
    const whole = value.normalize('NFC').toLowerCase()
    for (const part of [whole, ...whole.split(/[^\p{L}\p{N}]+/u)])
      if ([...part].length > 3) fragments.add(part)
  }
  return [...fragments]
}
