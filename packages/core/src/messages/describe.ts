import { en } from '../locales/en'
import { fr } from '../locales/fr'
import type { Check, Policy, Rule } from '../policy/types'
import type { CoreCatalogue, PluralText, RuleLabelKey } from './catalog'
import { type LocaleInput, resolveLocale } from './locale'

/** Options of the describing functions: the catalogues to negotiate among. */
export interface DescribeOptions {
  /**
   * The catalogues available to this call (default: the built-in English and French); the
   * locale is negotiated among them, the first one is the fallback unless English is there.
   */
  readonly catalogues?: readonly CoreCatalogue[]
}

/** The catalogues built into the main entry: English (the fallback) and French (the seed's). */
const BUILT_IN: readonly CoreCatalogue[] = [en, fr]

/** One call's labelling: the negotiated catalogue and its plural rules, made once per call. */
interface Labeller {
  readonly catalogue: CoreCatalogue
  readonly plurals: Intl.PluralRules
}

function labeller(locale: LocaleInput, options: DescribeOptions | undefined): Labeller {
  const catalogues = options?.catalogues ?? BUILT_IN
  const tag = resolveLocale(
    locale,
    catalogues.map((c) => c.locale),
  )
  const catalogue = catalogues.find((c) => c.locale === tag) ?? en
  return { catalogue, plurals: new Intl.PluralRules(catalogue.locale) }
}

function counted(call: Labeller, text: PluralText, n: number): string {
  const form = typeof text === 'string' ? text : (text[call.plurals.select(n)] ?? text.other)
  return form.replaceAll('{count}', String(n))
}

function label(rule: Rule, call: Labeller): string {
  const { locale, core } = call.catalogue
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
  if (override !== undefined) return counted(call, override, n)
  if (type === 'anyOf')
    return rule.paths.map((path) => `(${path.map((r) => label(r, call)).join(', ')})`).join(core.or)
  // A pattern always has its override above.
  const key = (type === 'length' && n !== fields.min ? 'maxLength' : type) as RuleLabelKey
  const described = counted(call, core.rules[key], n)
  // Only a special rule has characters.
  return fields.characters ? described + core.among + fields.characters : described
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
 * The checklist of `policy`: one label per rule, in policy order, in the locale negotiated among
 * the call's catalogues (`'fr'`, `'fr-CA'`, `['de', 'fr']`, an `Accept-Language` value...).
 *
 * @example describePolicy(policy, 'de-AT', { catalogues: [en, de] }) // ['1 Kleinbuchstabe', ...]
 */
export function describePolicy(
  policy: Policy,
  locale?: LocaleInput,
  options?: DescribeOptions,
): string[] {
  const call = labeller(locale, options)
  return policy.rules.map((rule) => label(rule, call))
}

/** The label of one check (nested `anyOf` checks included): the same text as `describePolicy`. */
export function describeCheck(
  policy: Policy,
  check: Pick<Check, 'id'>,
  locale?: LocaleInput,
  options?: DescribeOptions,
): string {
  const rule = find(policy.rules, check.id)
  if (rule !== undefined) return label(rule, labeller(locale, options))
  // The implicit check of every policy: no rule may take its id.
  if (check.id !== 'wellFormed') return check.id
  const call = labeller(locale, options)
  return counted(call, call.catalogue.core.rules.wellFormed, 0)
}

/**
 * The one text saying that a confirmation differs from the new password, e.g. `'Les deux mots de
 * passe ne correspondent pas.'`: form schemas, the React forms and the server's problem use it.
 */
export function mismatchMessage(locale?: LocaleInput, options?: DescribeOptions): string {
  return labeller(locale, options).catalogue.core.mismatch
}

/** The heading above the checklist, e.g. `'Votre mot de passe doit contenir :'`. */
export function policyHeading(locale?: LocaleInput, options?: DescribeOptions): string {
  return labeller(locale, options).catalogue.core.heading
}
