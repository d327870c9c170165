import type { Check, Locale, Policy, Rule } from '../policy/types'
import { catalogs, plural } from './catalog'
import { resolveLocale } from './locale'

function label(rule: Rule, locale: Locale): string {
  const catalog = catalogs[locale]
  const type = rule.type
  const n =
    type === 'length'
      ? rule.min || (rule.max ?? 0)
      : type === 'maxRepeated'
        ? rule.max
        : type === 'strength'
          ? rule.minScore
          : 'min' in rule
            ? rule.min
            : 0
  // A pattern has no built-in text: its own label in another locale beats none.
  const override =
    rule.messages?.[locale] ?? (type === 'pattern' ? Object.values(rule.messages)[0] : undefined)
  if (override !== undefined) return override.replaceAll('{count}', String(n))
  if (type === 'anyOf')
    return rule.paths
      .map((path) => `(${path.map((r) => label(r, locale)).join(', ')})`)
      .join(catalog.or)
  if (type === 'pattern') return rule.id
  const text = plural(
    locale,
    type === 'length' && n !== rule.min ? catalog.maxLength : catalog.rules[type],
    n,
  )
  return type === 'special' && rule.characters !== undefined
    ? text + catalog.among + rule.characters
    : text
}

function find(rules: readonly Rule[], id: string): Rule | undefined {
  for (const rule of rules) {
    if (rule.id === id) return rule
    if (rule.type === 'anyOf')
      for (const path of rule.paths) {
        const found = find(path, id)
        if (found !== undefined) return found
      }
  }
  return undefined
}

/**
 * The checklist of `policy`: one label per rule, in policy order, in the negotiated locale
 * (`'fr'`, `'fr-CA'`, `['de', 'fr']`... unknown locales fall back to English).
 */
export function describePolicy(policy: Policy, locale?: string | readonly string[]): string[] {
  const resolved = resolveLocale(locale)
  return policy.rules.map((rule) => label(rule, resolved))
}

/** The label of one check (nested `anyOf` checks included): the same text as `describePolicy`. */
export function describeCheck(
  policy: Policy,
  check: Pick<Check, 'id'>,
  locale?: string | readonly string[],
): string {
  const rule = find(policy.rules, check.id)
  return rule === undefined ? check.id : label(rule, resolveLocale(locale))
}

/** The heading above the checklist, e.g. `'Votre mot de passe doit contenir :'`. */
export function policyHeading(locale?: string | readonly string[]): string {
  return catalogs[resolveLocale(locale)].heading
}
