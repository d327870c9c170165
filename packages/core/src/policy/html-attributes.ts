import type { Policy, Rule } from './types'

/** Attributes for the new-password `<input>` derived from a policy. */
export interface PasswordInputAttributes {
  /**
   * Fewest code points any password the policy accepts has: the largest top-level `length.min`,
   * raised by an `anyOf` to the smallest minimum of its paths.
   */
  minLength?: number
  /** Most code points any password the policy accepts has (an `anyOf` allows its longest path). */
  maxLength?: number
  /** Always `'new-password'`, so password managers offer to generate one. */
  autoComplete: 'new-password'
  /** Apple's password rules, read by Safari's password generator; never empty. */
  passwordrules: string
}

/**
 * What rules ask of a generated password, keyed in Apple's terms: `minlength`, `maxlength`,
 * `max-consecutive`, `letters`, `unsaid` (rules the grammar cannot say) and each required class
 * (`lower`, `digit`, `[-!]`...) with its count.
 */
type Demand = Map<string, number>

// Bounds where the smaller number is the tighter; every other key is a least count.
const isCap = (key: string): boolean => key === 'maxlength' || key === 'max-consecutive'
const isClass = (key: string): boolean =>
  key[0] === '[' || ['lower', 'upper', 'digit', 'special'].includes(key)
const CLASS = { lowercase: 'lower', uppercase: 'upper', digits: 'digit' } as const

// Counts are written out (`required: digit;` twice for 2 digits) up to this total; past it no
// manager generates such a password anyway, and each class is then written once.
const MOST_REQUIRED = 128

// A key a demand lacks is unbounded there.
const get = (d: Demand, key: string): number => d.get(key) ?? (isCap(key) ? Infinity : 0)

// What meets `a` and `b` at once (`both`), or what meets either of them.
function combine(a: Demand, b: Demand, both: boolean): Demand {
  const out: Demand = new Map()
  for (const key of new Set([...a.keys(), ...b.keys()]))
    out.set(key, (isCap(key) === both ? Math.min : Math.max)(get(a, key), get(b, key)))
  return out
}

// Apple keeps only printable ASCII in a custom class, and needs `-` first and `]` last.
function customClass(characters: string): string {
  const chars = [...new Set(characters.normalize('NFC'))].filter((c) => c >= ' ' && c <= '~')
  const inner = chars.filter((c) => c !== '-' && c !== ']').join('')
  if (chars.length === 0) return ''
  return `[${chars.includes('-') ? '-' : ''}${inner}${chars.includes(']') ? ']' : ''}]`
}

// The demand of a list of rules; `anyOf` rules are left to `htmlAttributes`.
function collect(rules: readonly Rule[]): Demand {
  let d: Demand = new Map()
  const add = (key: string, value: number) => {
    d = combine(d, new Map([[key, value]]), true)
  }
  for (const rule of rules)
    switch (rule.type) {
      case 'length':
        add('minlength', rule.min)
        if (rule.max !== undefined) add('maxlength', rule.max)
        break
      case 'maxRepeated':
        add('max-consecutive', rule.max)
        break
      case 'letters':
        add('letters', rule.min)
        break
      case 'pattern':
        add('unsaid', 1)
        break
      case 'special': {
        const set = rule.characters === undefined ? 'special' : customClass(rule.characters)
        // A set of characters outside printable ASCII only: no class can hold it, none is written.
        if (set) add(set, rule.min)
        else add('unsaid', 1)
        break
      }
      case 'lowercase':
      case 'uppercase':
      case 'digits':
        add(CLASS[rule.type], rule.min)
    }
  return d
}

// The `required:` entries of a demand, one per character it asks for.
function required(d: Demand): string[] {
  const entries = [...d].filter(([key, count]) => isClass(key) && count > 0)
  const letters = get(d, 'letters') - get(d, 'lower') - get(d, 'upper')
  if (letters > 0) entries.push(['upper, lower', letters])
  const total = entries.reduce((sum, [, count]) => sum + count, 0)
  return entries.flatMap(([key, count]) =>
    Array<string>(total > MOST_REQUIRED ? 1 : count).fill(`required: ${key};`),
  )
}

// A demand some password meets: its lengths and its required characters fit.
const feasible = (d: Demand): boolean =>
  get(d, 'minlength') <= get(d, 'maxlength') && required(d).length <= get(d, 'maxlength')

/**
 * `minLength`, `maxLength`, `autoComplete` and Apple's `passwordrules` for the password field.
 *
 * `passwordrules` follows Apple's grammar, so that a manager generating by it (Safari, iCloud
 * Keychain) suggests a password the policy accepts: `minlength`/`maxlength`, one `required:` per
 * character required (`required: digit; required: digit;` for 2 digits), `required: upper,
 * lower;` for each `letters` beyond the cased ones, `allowed: ascii-printable;` (without it the
 * grammar allows only the required classes), `max-consecutive` for `maxRepeated`. A
 * `special.characters` set keeps its printable ASCII characters (the only ones a class can
 * hold); a set with none is left out. An `anyOf` is said by its first path that the grammar
 * says whole and that fits the other rules (CNIL: 12 characters with 4 classes); when none
 * does, by what all its paths share. `minLength`/`maxLength` stay true to every path.
 *
 * It cannot say: `notCommon` (blocklists), `notContextual` (context), `strength`, `notBreached`,
 * `pattern`, special characters outside ASCII, nor anything to managers that ignore the
 * attribute and generate their own format (`lintPolicy` warns when the policy refuses it).
 */
export function htmlAttributes(policy: Policy): PasswordInputAttributes {
  let rules = collect(policy.rules)
  let bounds = rules
  for (const rule of policy.rules) {
    if (rule.type !== 'anyOf') continue
    const paths = rule.paths.map(collect)
    // What every path needs: necessary for the rule, not always sufficient.
    const common = paths.reduce((a, b) => combine(a, b, false))
    bounds = combine(bounds, common, true)
    const said = paths.find((p) => !p.get('unsaid') && feasible(combine(rules, p, true)))
    rules = combine(rules, said ?? common, true)
  }
  const [min, max, run] = ['minlength', 'maxlength', 'max-consecutive'].map((key) =>
    get(rules, key),
  )
  const attribute = [
    ...(min! > 0 ? [`minlength: ${min};`] : []),
    ...(max! < Infinity ? [`maxlength: ${max};`] : []),
    ...required(rules),
    'allowed: ascii-printable;',
    ...(run! < Infinity ? [`max-consecutive: ${run};`] : []),
  ]
  const [least, most] = [get(bounds, 'minlength'), get(bounds, 'maxlength')]
  return {
    ...(least > 0 ? { minLength: least } : {}),
    ...(most < Infinity ? { maxLength: most } : {}),
    autoComplete: 'new-password',
    passwordrules: attribute.join(' '),
  }
}
