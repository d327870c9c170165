// TEST ONLY: Apple's Password Rules language (developer.apple.com/password-rules, and the
// documentation of apple/password-manager-resources), read strictly, and a generator that builds
// passwords from the parsed rules the way a password manager does.

/** A set of characters a generated password may draw from. */
export type CharacterSet = readonly string[]

/** What a manager retains of a `passwordrules` string. */
export interface ParsedRules {
  /** One set per `required:` property: the password holds a character of each, at its own place. */
  readonly required: readonly CharacterSet[]
  /** Every character the password may use: the `allowed:` and `required:` sets, else ASCII printable. */
  readonly allowed: CharacterSet
  /** Largest `minlength`. */
  readonly minLength: number | undefined
  /** Smallest `maxlength`. */
  readonly maxLength: number | undefined
  /** Smallest `max-consecutive`: longest run of one character. */
  readonly maxConsecutive: number | undefined
}

/** Something Apple's parser would drop, ignore or refuse: our strings must never contain one. */
export class GrammarError extends Error {}

const range = (from: string, to: string): string[] =>
  Array.from({ length: to.charCodeAt(0) - from.charCodeAt(0) + 1 }, (_, i) =>
    String.fromCharCode(from.charCodeAt(0) + i),
  )

const PRINTABLE = range(' ', '~')
const NAMED: Readonly<Record<string, CharacterSet>> = {
  upper: range('A', 'Z'),
  lower: range('a', 'z'),
  digit: range('0', '9'),
  special: [...range(' ', '/'), ...range(':', '@'), ...range('[', '`'), ...range('{', '~')],
  'ascii-printable': PRINTABLE,
  // A manager draws from what it can type; `unicode` adds nothing it generates.
  unicode: PRINTABLE,
}

const isSpace = (c: string | undefined): boolean =>
  c === ' ' || c === '\t' || c === '\n' || c === '\f' || c === '\r'
const isIdentifier = (c: string | undefined): boolean => c !== undefined && /^[A-Za-z-]$/.test(c)
const isPrintable = (c: string): boolean => c >= ' ' && c <= '~'

/** Reads `input` by Apple's grammar; throws GrammarError where Apple's parser would lose something. */
export function parsePasswordRules(input: string): ParsedRules {
  let at = 0
  const skip = () => {
    while (isSpace(input[at])) at++
  }
  const fail = (why: string): never => {
    throw new GrammarError(`${why} at ${at} in ${JSON.stringify(input)}`)
  }
  const identifier = (): string => {
    const start = at
    while (isIdentifier(input[at])) at++
    if (at === start) fail('identifier expected')
    return input.slice(start, at)
  }
  const integer = (): number => {
    const start = at
    while (input[at] !== undefined && input[at]! >= '0' && input[at]! <= '9') at++
    if (at === start) fail('integer expected')
    // Apple's parser refuses anything, spaces included, between the digits and the `;`.
    if (at < input.length && input[at] !== ';') fail("';' expected right after the integer")
    return Number(input.slice(start, at))
  }
  // `[`, printable ASCII characters, `]`; `-` only first, `]` only last (written `]]`).
  const custom = (): string[] => {
    at++
    const chars: string[] = []
    for (;;) {
      const c = input[at]
      if (c === undefined) fail('unterminated character class')
      if (!isPrintable(c!)) fail(`character ${JSON.stringify(c)} outside printable ASCII (dropped)`)
      if (c === ']') {
        at++
        if (input[at] === ']') {
          chars.push(']')
          at++
        }
        break
      }
      if (c === '-' && chars.length > 0) fail("'-' after the first place (ignored)")
      chars.push(c!)
      at++
    }
    if (chars.length === 0) fail('empty character class')
    return chars
  }
  const classes = (): Set<string> => {
    const set = new Set<string>()
    for (;;) {
      skip()
      if (input[at] === '[') for (const c of custom()) set.add(c)
      else {
        const name = identifier().toLowerCase()
        const named = NAMED[name]
        if (named === undefined) fail(`unknown character class ${name}`)
        for (const c of named!) set.add(c)
      }
      skip()
      if (input[at] !== ',') return set
      at++
    }
  }

  const required: CharacterSet[] = []
  const allowed = new Set<string>()
  let minLength: number | undefined
  let maxLength: number | undefined
  let maxConsecutive: number | undefined
  skip()
  while (at < input.length) {
    const name = identifier()
    if (input[at] !== ':') fail("':' expected")
    at++
    skip()
    if (at >= input.length || input[at] === ';') fail(`empty ${name} (ignored)`)
    switch (name) {
      case 'required': {
        const set = classes()
        required.push([...set])
        for (const c of set) allowed.add(c)
        break
      }
      case 'allowed':
        for (const c of classes()) allowed.add(c)
        break
      case 'minlength':
        minLength = Math.max(minLength ?? 0, integer())
        break
      case 'maxlength':
        maxLength = Math.min(maxLength ?? Infinity, integer())
        break
      case 'max-consecutive':
        maxConsecutive = Math.min(maxConsecutive ?? Infinity, integer())
        break
      default:
        fail(`unknown property ${name}`)
    }
    skip()
    if (at < input.length) {
      if (input[at] !== ';') fail("';' expected")
      at++
      skip()
    }
  }
  return {
    required,
    allowed: allowed.size === 0 ? PRINTABLE : PRINTABLE.filter((c) => allowed.has(c)),
    minLength,
    maxLength,
    maxConsecutive,
  }
}

/** A source of randomness: an integer in [0, n). */
export type Pick = (n: number) => number

/** Safari's length when the rules allow it (Apple Platform Security, "Automatic strong passwords"). */
export const DEFAULT_LENGTH = 20

/** The longest run of one character in `text`. */
export function longestRun(text: string): number {
  let longest = 0
  let run = 0
  let last: string | undefined
  for (const c of text) {
    run = c === last ? run + 1 : 1
    last = c
    longest = Math.max(longest, run)
  }
  return longest
}

/**
 * A password following `rules` as a manager builds it: a length within [minlength, maxlength]
 * (around the default when unbounded), one character of each required set at its own place, the
 * rest from the allowed set, shuffled, no run longer than `max-consecutive` (growing the length
 * when it is too short for that).
 */
export function generatePassword(rules: ParsedRules, pick: Pick): string {
  const lo = Math.max(rules.minLength ?? 1, rules.required.length, 1)
  const hi = Math.min(rules.maxLength ?? Infinity, Math.max(lo, DEFAULT_LENGTH) + 32)
  if (hi < lo) throw new GrammarError(`no length fits: ${lo} > ${hi}`)
  let length = lo + pick(hi - lo + 1)
  const from = (set: CharacterSet): string => set[pick(set.length)]!
  for (let attempt = 0; attempt < 500; attempt++) {
    // A length too short to space out the required characters ("!!!" within max-consecutive 1).
    if (attempt % 20 === 19) length = Math.min(hi, length + 1)
    const chars = [...rules.required.map(from)]
    while (chars.length < length) chars.push(from(rules.allowed))
    for (let i = chars.length - 1; i > 0; i--) {
      const j = pick(i + 1)
      ;[chars[i], chars[j]] = [chars[j]!, chars[i]!]
    }
    const password = chars.join('')
    if (longestRun(password) <= (rules.maxConsecutive ?? Infinity)) return password
  }
  throw new GrammarError('no password found within max-consecutive')
}

/** Safari's default format, `xxxxxx-xxxxxx-xxxxxx`: 16 lowercase, 1 uppercase, 1 digit, 2 hyphens. */
export function safariPassword(pick: Pick): string {
  const letters = Array.from({ length: 18 }, () => NAMED.lower![pick(26)]!)
  letters[pick(18)] = NAMED.digit![pick(10)]!
  let upper = pick(18)
  while (letters[upper]! < 'a') upper = pick(18)
  letters[upper] = letters[upper]!.toUpperCase()
  return [letters.slice(0, 6), letters.slice(6, 12), letters.slice(12)]
    .map((group) => group.join(''))
    .join('-')
}
