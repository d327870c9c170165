/** The locales Sesame ships catalogues for (each its own entry, e.g. `@sesame/core/locales/de`). */
export type ShippedLocale = 'fr' | 'en' | 'de' | 'es' | 'it' | 'nl' | 'pt'

/**
 * A BCP 47 language tag (`'de'`, `'pt-BR'`, `'sv'`...): any tag works once a catalogue for it is
 * passed; the shipped ones are listed for autocompletion.
 */
export type Locale = ShippedLocale | (string & {})

/**
 * Per-locale message overrides of one rule, keyed by BCP 47 tag. `{count}` is replaced by the
 * rule's number (minimum, maximum, score) when there is one.
 */
export type RuleMessages = { readonly [tag in Locale]?: string }

/** Fields shared by every normalised rule. */
export interface RuleBase<Type extends string> {
  /** What the rule checks. */
  readonly type: Type
  /** Unique within the policy (nested rules included); defaults to the type. */
  readonly id: string
  /** Optional label overrides, per locale. */
  readonly messages?: RuleMessages
}

/** Length in Unicode code points after NFC normalisation. */
export interface LengthRule extends RuleBase<'length'> {
  /** Fewest code points accepted (0 = no minimum). */
  readonly min: number
  /** Most code points accepted. */
  readonly max?: number
}

/** At least `min` lowercase letters (`\p{Ll}`). */
export interface LowercaseRule extends RuleBase<'lowercase'> {
  /** How many are required. */
  readonly min: number
}

/** At least `min` uppercase letters (`\p{Lu}`). */
export interface UppercaseRule extends RuleBase<'uppercase'> {
  /** How many are required. */
  readonly min: number
}

/** At least `min` decimal digits (`\p{Nd}`). */
export interface DigitsRule extends RuleBase<'digits'> {
  /** How many are required. */
  readonly min: number
}

/** At least `min` letters of any script (`\p{L}`), cased or not. */
export interface LettersRule extends RuleBase<'letters'> {
  /** How many are required. */
  readonly min: number
}

/** At least `min` special characters: neither letter nor digit, or one of `characters`. */
export interface SpecialRule extends RuleBase<'special'> {
  /** How many are required. */
  readonly min: number
  /** When given, only these code points count as special. */
  readonly characters?: string
}

/** Not in the list of common passwords (case-insensitive, after NFC). */
export interface NotCommonRule extends RuleBase<'notCommon'> {}

/** Does not contain the email's local part, the name or other context strings (4+ code points). */
export interface NotContextualRule extends RuleBase<'notContextual'> {}

/** No more than `max` identical code points in a row. */
export interface MaxRepeatedRule extends RuleBase<'maxRepeated'> {
  /** Longest run allowed. */
  readonly max: number
}

/** A custom regular expression with its own labels; only safe patterns are accepted. */
export interface PatternRule extends RuleBase<'pattern'> {
  /** RegExp source. */
  readonly source: string
  /** RegExp flags among `imsuv`. */
  readonly flags: string
  /** `true`: the password must match; `false`: it must not. */
  readonly mustMatch: boolean
  /** Labels of the rule, per locale (at least one). */
  readonly messages: RuleMessages
  /**
   * The pattern compiled from `source` and `flags`, written by `definePolicy` and `preparePolicy`:
   * it travels with the policy's JSON, so `checkPassword` runs it with no compiler. A rule
   * without one is refused by `checkPassword` (PolicyError).
   */
  readonly program?: PatternProgram
}

/**
 * A pattern compiled for Sesame's linear-time matcher: plain JSON, checked (well-formed, bounded)
 * before it runs, so a program received from anywhere can neither throw nor hang evaluation.
 */
export interface PatternProgram {
  /** Version of this format; a matcher refuses a format it does not know. */
  readonly format: 1
  /** The automaton: state 0 is the start, the state past the last one is a match. */
  readonly states: readonly PatternState[]
}

/**
 * One state of a {@link PatternProgram}: a character class (`[a-z]`, `[\d]`...) consumes one
 * character that it matches under the rule's flags, `'^'` and `'$'` test the position (an edge
 * of the input, or of a line with the m flag), each then going to the next state; a list of state
 * numbers moves to each of them without consuming.
 */
export type PatternState = string | readonly number[]

/** Confirmation (`context.confirmation`) equals the password. */
export interface MatchRule extends RuleBase<'match'> {}

/** zxcvbn score of at least `minScore` (evaluated asynchronously). */
export interface StrengthRule extends RuleBase<'strength'> {
  /** Lowest score accepted, 0 to 4. */
  readonly minScore: number
}

/** Not found in known data breaches (evaluated asynchronously). */
export interface NotBreachedRule extends RuleBase<'notBreached'> {}

/** A rule allowed inside an `anyOf` path (every rule but `anyOf`). */
export type PathRule =
  | LengthRule
  | LowercaseRule
  | UppercaseRule
  | DigitsRule
  | LettersRule
  | SpecialRule
  | NotCommonRule
  | NotContextualRule
  | MaxRepeatedRule
  | PatternRule
  | MatchRule
  | StrengthRule
  | NotBreachedRule

/** Met when every rule of at least one path is met. */
export interface AnyOfRule extends RuleBase<'anyOf'> {
  /** Alternative lists of rules. */
  readonly paths: readonly (readonly PathRule[])[]
}

/** One normalised rule. */
export type Rule = PathRule | AnyOfRule

/** Every rule type. */
export type RuleType = Rule['type']

/** A frozen, normalised policy, as returned by `definePolicy` (plain JSON). */
export interface Policy {
  /** Format version. */
  readonly version: 1
  /** Rules, in display order. */
  readonly rules: readonly Rule[]
}

/** What a password is compared with by the `notContextual` and `match` rules. */
export interface PasswordContext {
  /** The account's email; its local part must not appear in the password. */
  email?: string
  /** The user's name; it (and each of its words) must not appear in the password. */
  name?: string
  /** Other strings the password must not contain (service name, username...). */
  userInputs?: readonly string[]
  /** The confirmation field, compared by the `match` rule. */
  confirmation?: string
}

/** Outcome of one `anyOf` path. */
export interface PathCheck {
  /** `true` when every rule of the path is met, `null` when it waits for an async rule. */
  readonly met: boolean | null
  /** One check per rule of the path. */
  readonly checks: readonly Check[]
}

/** Rule types that the password (and its context) alone decide: their checks are never pending. */
export type SyncRuleType = Exclude<RuleType, AsyncRuleType | 'anyOf'>

/** Rule types that may wait for an answer: `notCommon` without a blocklist, `strength`, `notBreached`. */
export type AsyncRuleType = 'notCommon' | 'strength' | 'notBreached'

/** Fields of every check. */
export interface CheckBase<Type extends RuleType> {
  /** The rule's id. */
  readonly id: string
  /** The rule's type: narrows a {@link Check} to its member. */
  readonly type: Type
  /** The rule's number: minimum count, maximum run, minimum score; 1 for pattern and match, 0 for yes/no rules. */
  readonly required: number
  /** The measured number: count, longest run, matches found (0 = none), score. */
  readonly actual: number
}

/** Outcome of a rule that the password decides at once (`lowercase`, `pattern`, `match`...). */
export interface SyncCheck<Type extends SyncRuleType> extends CheckBase<Type> {
  /** Whether the rule is met. */
  readonly met: boolean
}

/** Outcome of a `length` rule. */
export interface LengthCheck extends SyncCheck<'length'> {
  /** The maximum, when the rule has one. */
  readonly max?: number
  /** The password is longer than `max` (present when the rule has a maximum). */
  readonly tooLong?: boolean
}

/** Outcome of a rule that may wait for an asynchronous answer. */
export interface AsyncCheck<Type extends AsyncRuleType> extends CheckBase<Type> {
  /** `null` while the rule waits for its answer. */
  readonly met: boolean | null
  /** Present (`true`) while the rule waits for its answer. */
  readonly pending?: true
}

/** Outcome of an `anyOf` rule: `required`/`actual` count the rules of the nearest path. */
export interface AnyOfCheck extends CheckBase<'anyOf'> {
  /** `null` when no path is met and one waits for an asynchronous answer. */
  readonly met: boolean | null
  /** Present (`true`) when `met` is `null`. */
  readonly pending?: true
  /** Index of the path nearest to being met (the first met path when one is). */
  readonly nearest: number
  /** Outcome of each path. */
  readonly paths: readonly PathCheck[]
}

/**
 * The check that every policy makes without a rule: the password holds no lone surrogate and no
 * invisible format character (zero-width, bidi controls, soft hyphen, BOM...). It is listed,
 * after the rules' checks, only when it fails, so that it never changes a policy's checklist.
 */
export interface WellFormedCheck {
  /** Always `'wellFormed'`. */
  readonly id: 'wellFormed'
  /** Narrows a {@link Check} to this member. */
  readonly type: 'wellFormed'
  /** Listed only when failed. */
  readonly met: false
  /** No refused character is allowed. */
  readonly required: 0
  /** How many refused code points the password holds. */
  readonly actual: number
}

/**
 * Outcome of one rule, a union keyed on `type`: each member carries only its rule's fields
 * (`max` and `tooLong` on `length`, `nearest` and `paths` on `anyOf`, `pending` where an answer
 * can be awaited), plus the implicit {@link WellFormedCheck} when the password fails it.
 */
export type Check =
  | LengthCheck
  | SyncCheck<'lowercase'>
  | SyncCheck<'uppercase'>
  | SyncCheck<'digits'>
  | SyncCheck<'letters'>
  | SyncCheck<'special'>
  | SyncCheck<'maxRepeated'>
  | SyncCheck<'notContextual'>
  | SyncCheck<'pattern'>
  | SyncCheck<'match'>
  | AsyncCheck<'notCommon'>
  | AsyncCheck<'strength'>
  | AsyncCheck<'notBreached'>
  | AnyOfCheck
  | WellFormedCheck

/** The check of one type: `CheckOf<'anyOf'>` is an {@link AnyOfCheck}. */
export type CheckOf<Type extends Check['type']> = Extract<Check, { readonly type: Type }>

/** Outcome of a whole policy. */
export interface CheckResult {
  /** Every rule is met (pending rules make it `false`). */
  readonly ok: boolean
  /** At least one rule waits for an asynchronous answer. */
  readonly pending: boolean
  /** One check per rule, in policy order, then the {@link WellFormedCheck} when it fails. */
  readonly checks: readonly Check[]
}

/** A set of common passwords, lowercased and NFC-normalised (a `ReadonlySet<string>` fits). */
export interface Blocklist {
  /** True when the (lowercased, NFC) password is in the list. */
  has(password: string): boolean
}

/** Answer of an asynchronous rule, supplied by `checkPasswordAsync` (or your own checker). */
export interface RuleAnswer {
  /** Whether the rule is met. */
  readonly met: boolean
  /** Measured number (e.g. the zxcvbn score, or 1 when breached). */
  readonly actual?: number
}

/** Extra inputs of `checkPassword`, used to complete rules it cannot answer alone. */
export interface CheckOptions {
  /** Enables `notCommon`: without it the rule is `pending`. */
  readonly blocklist?: Blocklist
  /** Answers keyed by rule id (nested ids included); they replace the `pending` state. */
  readonly answers?: Readonly<Record<string, RuleAnswer>>
}
