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

/** What a list of rules asks of a generated password, in Apple's terms. */
interface Demand {
  min: number
  max: number
  /** Longest run of one character (`max-consecutive`), or Infinity. */
  run: number
  /** Least `letters` count: letters beyond the lowercase and uppercase ones become `upper, lower`. */
  letters: number
  /** Count of each required class, keyed by its text in the grammar, in policy order. */
  readonly counts: Map<string, number>
  /** False when a rule changes what a generator may produce and cannot be said (pattern...). */
  whole: boolean
}

const CLASS = { lowercase: 'lower', uppercase: 'upper', digits: 'digit' } as const

// Counts are written out (`required: digit;` twice for 2 digits) up to this total; past it no
// manager generates such a password anyway, and each class is then written once.
const MOST_REQUIRED = 128

const demand = (): Demand => ({
  min: 0,
  max: Infinity,
  run: Infinity,
  letters: 0,
  counts: new Map(),
  whole: true,
})

function need(counts: Map<string, number>, key: string, count: number): void {
  counts.set(key, Math.max(counts.get(key) ?? 0, count))
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
  const d = demand()
  for (const rule of rules)
    switch (rule.type) {
      case 'length':
        d.min = Math.max(d.min, rule.min)
        d.max = Math.min(d.max, rule.max ?? Infinity)
        break
      case 'maxRepeated':
        d.run = Math.min(d.run, rule.max)
        break
      case 'letters':
        d.letters = Math.max(d.letters, rule.min)
        break
      case 'pattern':
        d.whole = false
        break
      case 'special': {
        const set = rule.characters === undefined ? 'special' : customClass(rule.characters)
        // A set of characters outside printable ASCII only: no class can hold it, none is written.
        if (set) need(d.counts, set, rule.min)
        else d.whole = false
        break
      }
      case 'lowercase':
      case 'uppercase':
      case 'digits':
        need(d.counts, CLASS[rule.type], rule.min)
    }
  return d
}

// Both demands at once: what a password meeting `a` and `b` needs.
function merge(a: Demand, b: Demand): Demand {
  const counts = new Map(a.counts)
  for (const [key, count] of b.counts) need(counts, key, count)
  return {
    min: Math.max(a.min, b.min),
    max: Math.min(a.max, b.max),
    run: Math.min(a.run, b.run),
    letters: Math.max(a.letters, b.letters),
    counts,
    whole: a.whole && b.whole,
  }
}

// What every path of an `anyOf` needs: necessary for the rule, not always sufficient.
function shared(paths: readonly Demand[]): Demand {
  const [first, ...rest] = paths as [Demand, ...Demand[]]
  const counts = new Map<string, number>()
  for (const [key, count] of first.counts)
    counts.set(key, Math.min(count, ...rest.map((p) => p.counts.get(key) ?? 0)))
  for (const [key, count] of counts) if (count === 0) counts.delete(key)
  return {
    min: Math.min(...paths.map((p) => p.min)),
    max: Math.max(...paths.map((p) => p.max)),
    run: Math.max(...paths.map((p) => p.run)),
    letters: Math.min(...paths.map((p) => p.letters)),
    counts,
    whole: false,
  }
}

// The `required:` entries of a demand, one per character it asks for.
function required(d: Demand): string[] {
  const entries = [...d.counts]
  const cased = (d.counts.get('lower') ?? 0) + (d.counts.get('upper') ?? 0)
  if (d.letters > cased) entries.push(['upper, lower', d.letters - cased])
  const total = entries.reduce((sum, [, count]) => sum + count, 0)
  return entries.flatMap(([key, count]) =>
    Array<string>(total > MOST_REQUIRED ? 1 : count).fill(`required: ${key};`),
  )
}

// A demand some password meets: its lengths and its required characters fit.
const feasible = (d: Demand): boolean => d.min <= d.max && required(d).length <= d.max

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
    const common = shared(paths)
    bounds = merge(bounds, common)
    rules = merge(rules, paths.find((p) => p.whole && feasible(merge(rules, p))) ?? common)
  }
  const { min, max, run } = rules
  const attribute = [
    ...(min > 0 ? [`minlength: ${min};`] : []),
    ...(max < Infinity ? [`maxlength: ${max};`] : []),
    ...required(rules),
    'allowed: ascii-printable;',
    ...(run < Infinity ? [`max-consecutive: ${run};`] : []),
  ]
  return {
    ...(bounds.min > 0 ? { minLength: bounds.min } : {}),
    ...(bounds.max < Infinity ? { maxLength: bounds.max } : {}),
    autoComplete: 'new-password',
    passwordrules: attribute.join(' '),
  }
}
