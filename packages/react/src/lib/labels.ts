import { type Check, describeCheck, describePolicy, type Policy, resolveLocale } from '@sesame/core'

// Labels depend on the policy and locale only: computed once per pair, not on every keystroke or server render.
const cache = new WeakMap<Policy, Map<string, readonly string[]>>()

export function labelsOf(
  policy: Policy,
  checks: readonly Check[],
  locale: string | undefined,
): readonly string[] {
  const resolved = resolveLocale(locale)
  let byLocale = cache.get(policy)
  if (!byLocale) {
    byLocale = new Map()
    cache.set(policy, byLocale)
  }
  let labels = byLocale.get(resolved)
  if (!labels) {
    labels = describePolicy(policy, resolved)
    byLocale.set(resolved, labels)
  }
  const rules = policy.rules
  // checkPassword gives one check per rule, in order; anything else is described check by check.
  const aligned =
    checks.length === rules.length && checks.every((check, index) => check.id === rules[index]?.id)
  return aligned ? labels : checks.map((check) => describeCheck(policy, check, resolved))
}
