import { loadBlocklist } from '../blocklist/load'
import { REFUSED, scan } from '../lib/scan'
import { resolveLocale } from '../messages/locale'
import { contextFragments } from '../rules/contextual'
import { checkPassword } from './check'
import { assertInput } from './input'
import type { Blocklist, CheckResult, PasswordContext, Policy, Rule, RuleAnswer } from './types'

/** What {@link checkPasswordAsync} needs from a strength estimate (`estimateStrength` fits). */
export type StrengthEstimator = (
  password: string,
  options: { readonly userInputs: readonly string[]; readonly locale?: string },
) => Promise<{ readonly score: number }> | { readonly score: number }

/** What {@link checkPasswordAsync} needs from a breach checker (`createBreachChecker()` fits). */
export interface BreachLookup {
  /** Resolves with whether (and how often) the password appears in known breaches. */
  check(password: string): Promise<{ readonly breached: boolean; readonly count: number }>
}

/** Options of {@link checkPasswordAsync}. */
export interface CheckAsyncOptions {
  /**
   * Answers `strength` rules. Default: `estimateStrength` from `@sesame/core/strength`, imported
   * on first need (never bundled with the main entry). `false` leaves them pending.
   */
  readonly strength?: StrengthEstimator | false
  /**
   * Answers `notBreached` rules. Without it they stay pending (`met: null`), so `ok` stays `false`:
   * a policy that asks for a breach check is never passed without one.
   */
  readonly breach?: BreachLookup
  /** Answers `notCommon` rules. Default: the built-in list, imported on first need. */
  readonly blocklist?: Blocklist
  /** Locale of the strength dictionaries (BCP 47 tag); default `'en'`. */
  readonly locale?: string
}

function collect(rules: readonly Rule[], into: Rule[]): Rule[] {
  for (const rule of rules) {
    if (rule.type === 'anyOf') for (const path of rule.paths) collect(path, into)
    else into.push(rule)
  }
  return into
}

async function defaultEstimator(): Promise<StrengthEstimator> {
  // Dynamic on purpose: zxcvbn and its dictionaries must never reach the main entry's bundle.
  // `lib/score` shares no module with the main entry, so bundlers need no lazy-init wrappers.
  const { scoreStrength } = await import('../strength/lib/score')
  return (password, options) =>
    scoreStrength(password, options.userInputs, resolveLocale(options.locale))
}

async function strengthScore(
  password: string,
  context: PasswordContext | undefined,
  options: CheckAsyncOptions,
): Promise<number> {
  const estimate = options.strength || (await defaultEstimator())
  const userInputs = contextFragments(context)
  const settings =
    options.locale === undefined ? { userInputs } : { userInputs, locale: options.locale }
  return (await estimate(password, settings)).score
}

function defaultBlocklist(): Promise<Blocklist> {
  return loadBlocklist()
}

/**
 * Like `checkPassword`, with the same check shape, but also completes the rules it cannot answer
 * synchronously: `strength` (zxcvbn score ≥ `minScore`, `actual` = score), `notBreached`
 * (`actual` = breach count; met when the checker says not breached, its `onError` deciding when
 * the service fails) and `notCommon` (built-in blocklist). Estimate, breach check and blocklist
 * load run in parallel, each only when the policy has such a rule; none runs for a password that
 * fails the implicit `wellFormed` check (its async rules stay pending).
 *
 * @throws InputError (code `invalid_input`) when `password` is not a string or `context` is malformed.
 */
export async function checkPasswordAsync(
  policy: Policy,
  password: string,
  context?: PasswordContext,
  options: CheckAsyncOptions = {},
): Promise<CheckResult> {
  assertInput(password, context)
  const rules = collect(policy.rules, [])
  const strengthRules = rules.filter((rule) => rule.type === 'strength')
  const breachRules = rules.filter((rule) => rule.type === 'notBreached')
  const needsBlocklist =
    options.blocklist === undefined && rules.some((rule) => rule.type === 'notCommon')

  // A refused password (lone surrogate, invisible character) fails anyway: it is never hashed
  // for the breach service nor estimated.
  const wellFormed = !scan(password)[REFUSED]
  const wantsScore = strengthRules.length > 0 && options.strength !== false && wellFormed
  const [score, breach, blocklist] = await Promise.all([
    wantsScore ? strengthScore(password, context, options) : undefined,
    breachRules.length === 0 || options.breach === undefined || !wellFormed
      ? undefined
      : options.breach.check(password),
    needsBlocklist ? defaultBlocklist() : options.blocklist,
  ])

  const answers: Record<string, RuleAnswer> = {}
  for (const rule of strengthRules) {
    if (rule.type === 'strength' && score !== undefined) {
      answers[rule.id] = { met: score >= rule.minScore, actual: score }
    }
  }
  if (breach !== undefined) {
    for (const rule of breachRules)
      answers[rule.id] = { met: !breach.breached, actual: breach.count }
  }
  return checkPassword(
    policy,
    password,
    context,
    blocklist === undefined ? { answers } : { answers, blocklist },
  )
}
