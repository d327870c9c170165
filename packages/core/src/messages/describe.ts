import type { Check, Locale, Policy, Rule } from '../policy/types'
import { HEADINGS, plural, type TextKey, text } from './catalog'
import { resolveLocale } from './locale'

function label(rule: Rule, locale: Locale): string {
  const type = rule.type
  const fields = rule as Partial<Record<'min' | 'max' | 'minScore', number>> & {
    readonly characters?: string
  }
  // The rule's number: a length shows its minimum, or its maximum when it has none.
  const n = fields.min || fields.max || fields.minScore || 0
  // A pattern has no built-in text: its own label in another locale beats none, its id beats none.
  const override =
    rule.messages?.[locale] ??
    (type === 'pattern' ? (Object.values({ ...rule.messages })[0] ?? rule.id) : undefined)
  if (override !== undefined) return override.replaceAll('{count}', String(n))
  if (type === 'anyOf')
    return rule.paths
      .map((path) => `(${path.map((r) => label(r, locale)).join(', ')})`)
      .join(text(locale, 'or'))
  const described = plural(
    locale,
    // A pattern always has its override above.
    text(locale, (type === 'length' && n !== fields.min ? 'maxLength' : type) as TextKey),
    n,
  )
  // Only a special rule has characters.
  return fields.characters ? described + text(locale, 'among') + fields.characters : described
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
  if (rule !== undefined) return label(rule, resolveLocale(locale))
  // The implicit check of every policy: no rule may take its id.
  return check.id === 'wellFormed' ? text(resolveLocale(locale), 'wellFormed') : check.id
}

/**
 * The one text saying that a confirmation differs from the new password, e.g. `'Les deux mots de
 * passe ne correspondent pas.'`: form schemas, the React forms and the server's problem use it.
 */
export function mismatchMessage(locale?: string | readonly string[]): string {
  return text(resolveLocale(locale), 'mismatch')
}

/** The heading above the checklist, e.g. `'Votre mot de passe doit contenir :'`. */
export function policyHeading(locale?: string | readonly string[]): string {
  return HEADINGS[+(resolveLocale(locale) === 'fr')]!
}
