import type { PathRule, Rule } from '../policy/types'
import { deepFreeze } from './freeze'

/** How many characters of each class one generated password holds. */
interface Mix {
  readonly lowercase: number
  readonly uppercase: number
  readonly digits: number
  readonly special: number
}

/** The password a manager generates by default, ignoring `passwordrules`, as its source says. */
export interface ManagerDefault {
  readonly name: 'safari' | 'chrome' | 'bitwarden'
  /** How a warning names it. */
  readonly label: string
  readonly length: number
  /** The only special characters it uses. */
  readonly symbols: string
  /** Its fixed mix, or none: any mix of letters and digits with one lowercase, uppercase, digit. */
  readonly mix?: Mix
}

/**
 * Safari / iCloud Keychain: Apple Platform Security, "Automatic strong passwords"
 * (support.apple.com/guide/security/secc84c811c4): 20 characters, 1 digit, 1 uppercase,
 * 2 hyphens, 16 lowercase. Chrome: Chromium's password_generator.cc (`BuildDefaultSpec`,
 * `kDefaultPasswordLength`): 15 characters, at least 1 lowercase, 1 uppercase, 1 digit, no
 * symbol. Bitwarden: bitwarden/clients, default-password-generation-options.ts: 14 characters,
 * at least 1 of each, special characters off. (1Password documents no default recipe.)
 */
export const MANAGERS: readonly ManagerDefault[] = /* @__PURE__ */ deepFreeze([
  {
    name: 'safari',
    label: "Safari's (xxxxxx-xxxxxx-xxxxxx)",
    length: 20,
    symbols: '-',
    mix: { lowercase: 16, uppercase: 1, digits: 1, special: 2 },
  },
  { name: 'chrome', label: "Chrome's", length: 15, symbols: '' },
  { name: 'bitwarden', label: "Bitwarden's", length: 14, symbols: '' },
])

// Every mix the manager may produce.
function mixes(m: ManagerDefault): Mix[] {
  if (m.mix) return [m.mix]
  const all: Mix[] = []
  for (let digits = 1; digits < m.length - 1; digits++)
    for (let uppercase = 1; uppercase + digits < m.length; uppercase++)
      all.push({ lowercase: m.length - digits - uppercase, uppercase, digits, special: 0 })
  return all
}

const NOUNS: Partial<Record<Rule['type'], string>> = {
  lowercase: 'lowercase letter',
  uppercase: 'uppercase letter',
  digits: 'digit',
  letters: 'letter',
  special: 'special character',
}

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`

// What a counter rule counts in a mix (a special set counts the manager's symbols only if it has them all).
function count(rule: PathRule, m: ManagerDefault, mix: Mix): number {
  if (NOUNS[rule.type] === undefined) return 0
  if (rule.type === 'letters') return mix.lowercase + mix.uppercase
  if (rule.type !== 'special') return mix[rule.type as 'lowercase' | 'uppercase' | 'digits']
  const set = rule.characters?.normalize('NFC')
  return set === undefined || [...m.symbols].every((c) => set.includes(c)) ? mix.special : 0
}

// Why `rule` refuses a password of this mix ("has 1 digit, 2 are required"), or undefined.
function why(rule: PathRule, m: ManagerDefault, mix: Mix, verb: string): string | undefined {
  if (rule.type === 'length') {
    if (rule.min > m.length) return `has ${m.length} characters, ${rule.min} are required`
    if (rule.max !== undefined && rule.max < m.length)
      return `has ${m.length} characters, at most ${rule.max} are allowed`
    return undefined
  }
  const noun = NOUNS[rule.type]
  // Blocklists, context, patterns, strength, runs: a random password's fate is not known here.
  if (noun === undefined) return undefined
  const { min } = rule as { min: number }
  const has = count(rule, m, mix)
  if (has >= min) return undefined
  if (has < mix.special && rule.type === 'special')
    return `has only "${m.symbols}" as special characters, which "${rule.id}" does not count`
  const measured = has === 0 ? `has no ${noun}s` : `${verb} ${plural(has, noun)}`
  return `${measured}, ${min} ${min === 1 ? 'is' : 'are'} required`
}

/** Why `rule` refuses some password the manager generates by default, or undefined. */
export function refusal(rule: Rule, m: ManagerDefault): string | undefined {
  const all = mixes(m)
  const verb = all.length === 1 ? 'has' : 'can have'
  if (rule.type !== 'anyOf') {
    // The mix that the rule counts least of: the measured worst case.
    const refused = all.filter((mix) => why(rule, m, mix, verb) !== undefined)
    const worst = refused.sort((a, b) => count(rule, m, a) - count(rule, m, b))[0]
    return worst && why(rule, m, worst, verb)
  }
  for (const mix of all) {
    const paths = rule.paths.map((path) => path.map((r) => why(r, m, mix, 'has')).find(Boolean))
    if (!paths.every(Boolean)) continue
    const example =
      all.length === 1
        ? ''
        : `(as ${mix.lowercase} lowercase, ${mix.uppercase} uppercase, ${plural(mix.digits, 'digit')}) `
    return `${example}meets no path (${paths.map((p, i) => `${i + 1}: ${p}`).join('; ')})`
  }
  return undefined
}
