import { InputError } from '../errors'
import { type Counts, LENGTH, longestRun, REFUSED, scan, WIDE } from '../lib/scan'
import { contextFragments } from '../rules/contextual'
import { confirmationMatches } from './confirmation'
import { assertInput } from './input'
import { type Choice, type Counter, keep, planOf, type Step } from './plan'
import type {
  AnyOfCheck,
  Check,
  CheckOptions,
  CheckResult,
  PasswordContext,
  PathCheck,
  Policy,
  Rule,
} from './types'

// Blocklist entries are short: longer passwords are never common (and are not lowercased).
const LONGEST_COMMON = 64

/** One call's state: each call has its own, so a blocklist that re-enters `checkPassword` is safe. */
interface Evaluation {
  /** The password, NFC-normalised. */
  readonly text: string
  readonly counts: Counts
  readonly context: PasswordContext | undefined
  readonly options: CheckOptions | undefined
}

// The check of `rule`, whose number is `required`, measured `actual`; `met` null waits for an answer.
function verdict(rule: Rule, met: boolean | null, required: number, actual: number): Check {
  const { id, type } = rule
  return (
    met === null
      ? { id, type, met, pending: true, required, actual }
      : { id, type, met, required, actual }
  ) as Check
}

// The check of a counting rule for the count `actual`.
function counting(rule: Rule, actual: number): Check {
  const { min } = rule as Rule & { readonly min: number }
  if (rule.type !== 'length' || rule.max === undefined)
    return verdict(rule, actual >= min, min, actual)
  const { id, type, max } = rule
  const tooLong = actual > max
  return { id, type, met: actual >= min && !tooLong, required: min, actual, max, tooLong }
}

// A count answers from the checks its plan kept.
function counted(counter: Counter, counts: Counts): Check {
  const actual = counts[counter.slot] as number
  return counter.answers[actual] ?? keep(counter, actual, counting(counter.rule, actual))
}

function evaluate(step: Step, evaluation: Evaluation): Check {
  if ('slot' in step) return counted(step, evaluation.counts)
  if ('paths' in step) return anyOf(step, evaluation)
  if ('counted' in step)
    return counting(step.rule, [...evaluation.text].filter((c) => step.counted.has(c)).length)
  const { text, context, options } = evaluation
  const { rule } = step
  if ('matcher' in step) {
    const met = step.matcher.test(text) === (step.rule.mustMatch !== false)
    return verdict(rule, met, 1, +met)
  }
  switch (rule.type) {
    case 'maxRepeated': {
      const actual = longestRun(text)
      return verdict(rule, actual <= rule.max, rule.max, actual)
    }
    case 'match': {
      const confirmation = context?.confirmation
      const met = confirmation !== undefined && confirmationMatches(text, confirmation)
      return verdict(rule, met, 1, +met)
    }
    case 'notContextual': {
      const lowered = text.toLowerCase()
      const actual = contextFragments(context).filter((part) => lowered.includes(part)).length
      return verdict(rule, !actual, 0, actual)
    }
  }
  // notCommon, strength, notBreached: decided by a blocklist or the caller's answers, else pending.
  const required = rule.type === 'strength' ? rule.minScore : 0
  const blocklist = options?.blocklist
  if (rule.type === 'notCommon' && blocklist !== undefined) {
    const length = evaluation.counts[LENGTH] as number
    const actual = +(length <= LONGEST_COMMON && blocklist.has(text.toLowerCase()))
    return verdict(rule, !actual, required, actual)
  }
  const answer = options?.answers?.[rule.id]
  if (answer === undefined) return verdict(rule, null, required, 0)
  return verdict(rule, answer.met, required, answer.actual ?? +!answer.met)
}

function anyOf(choice: Choice, evaluation: Evaluation): AnyOfCheck {
  // Every path evaluated; the check reports the path nearest to being met: the one with the
  // fewest unmet rules (the first on a tie), so a met path when there is one.
  let nearest = 0
  let fewest = Infinity
  const paths = choice.paths.map((plan, p): PathCheck => {
    const checks = plan.map((step) => evaluate(step, evaluation))
    const unmet = checks.filter((c) => !c.met).length
    if (unmet < fewest) {
      fewest = unmet
      nearest = p
    }
    // false if one fails, else null if one waits, else true.
    return { met: checks.some((c) => c.met === false) ? false : !unmet || null, checks }
  })
  const required = (paths[nearest] as PathCheck).checks.length
  const met = paths.some((p) => p.met) || (paths.some((p) => p.met === null) ? null : false)
  const check = { ...verdict(choice.rule, met, required, required - fewest), nearest, paths }
  return check as AnyOfCheck
}

/**
 * Evaluates `password` against every rule of `policy`, in policy order. Synchronous and pure:
 * each call keeps its own state, so a blocklist may itself call `checkPassword`. Async rules
 * (`strength`, `notBreached`) and `notCommon` without `options.blocklist` come back `pending`
 * (met `null`) unless `options.answers` supplies their outcome. A policy from `definePolicy`
 * works as is, and so does its JSON received from a server: each `pattern` rule carries its
 * compiled program, checked before it first runs. A password holding a lone surrogate or an
 * invisible format character also gets a failed `wellFormed` check, after the rules' checks.
 * Treat checks as read-only: counting checks are frozen values shared by the calls that count
 * the same.
 *
 * @throws InputError (code `invalid_input`) when `password` is not a string, `context` is
 * malformed, or `policy` is not a policy.
 * @throws PolicyError (code `invalid_policy`) when a `pattern` rule has no program or a malformed
 * one (a policy from `definePolicy` or `preparePolicy`, or its JSON, never has).
 */
export function checkPassword(
  policy: Policy,
  password: string,
  context?: PasswordContext,
  options?: CheckOptions,
): CheckResult {
  assertInput(password, context)
  if (!Array.isArray(policy?.rules)) throw new InputError('not a policy')
  const plan = planOf(policy)
  let counts = scan(password)
  let text = password
  // Below U+0300 every string is in NFC: most passwords are scanned once and never normalised.
  if (counts[WIDE]) {
    text = password.normalize('NFC')
    if (text !== password) counts = scan(text)
  }
  // Made for the first rule that is not a count: a policy of counts needs nothing more.
  let evaluation: Evaluation | undefined
  const checks: Check[] = new Array(plan.length)
  let ok = true
  let pending = false
  for (let i = 0; i < plan.length; i++) {
    const step = plan[i] as Step
    let check: Check
    if ('slot' in step) check = counted(step, counts)
    else {
      evaluation ??= { text, counts, context, options }
      check = evaluate(step, evaluation)
    }
    checks[i] = check
    if (check.met !== true) {
      ok = false
      if (check.met === null) pending = true
    }
  }
  const refused = counts[REFUSED] as number
  if (refused > 0) {
    // Refused whatever the policy: a hasher would turn a lone surrogate into U+FFFD.
    checks.push({ id: 'wellFormed', type: 'wellFormed', met: false, required: 0, actual: refused })
    ok = false
  }
  return { ok, pending, checks }
}
