import { InputError } from '../errors'
import { type Counts, LENGTH, scan, WIDE } from '../lib/scan'
import { charactersOf, compileRules, matcherOf } from '../rules/compiled'
import { contextFragments } from '../rules/contextual'
import { PATTERN_INPUT_LIMIT } from '../rules/pattern'
import { assertInput } from './input'
import { type Counter, keep, planOf, SLOTS } from './plan'
import type {
  AnyOfCheck,
  AnyOfRule,
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
  readonly policy: Policy
  /** The password, NFC-normalised. */
  readonly text: string
  readonly counts: Counts
  readonly context: PasswordContext | undefined
  readonly options: CheckOptions | undefined
  /** `text` lowercased, computed when a rule first needs it. */
  lowered: string | undefined
}

function lowered(evaluation: Evaluation): string {
  evaluation.lowered ??= evaluation.text.toLowerCase()
  return evaluation.lowered
}

// The check of a counting rule for the count `actual`.
function counting(rule: Rule, actual: number): Check {
  const { id, type } = rule
  if (type === 'maxRepeated')
    return { id, type, met: actual <= rule.max, required: rule.max, actual }
  const { min } = rule as Rule & { readonly min: number }
  if (type !== 'length' || rule.max === undefined)
    return { id, type, met: actual >= min, required: min, actual } as Check
  const tooLong = actual > rule.max
  return { id, type, met: actual >= min && !tooLong, required: min, actual, max: rule.max, tooLong }
}

function rule(rule: Rule, evaluation: Evaluation): Check {
  const slot = SLOTS[rule.type]
  if (rule.type === 'special' && rule.characters !== undefined) {
    const counted = charactersOf(rule, rule.characters)
    let actual = 0
    for (const c of evaluation.text) if (counted.has(c)) actual++
    return counting(rule, actual)
  }
  if (slot !== undefined) return counting(rule, evaluation.counts[slot] as number)
  switch (rule.type) {
    case 'anyOf':
      return anyOf(rule, evaluation)
    case 'pattern': {
      const matcher = matcherOf(rule)
      // A refused pattern is reported with its path, as preparePolicy reports it.
      if (matcher === undefined) compileRules(evaluation.policy.rules)
      const met =
        matcher?.test(evaluation.text.slice(0, PATTERN_INPUT_LIMIT)) === (rule.mustMatch !== false)
      return { id: rule.id, type: 'pattern', met, required: 1, actual: +met }
    }
    case 'match': {
      const met = evaluation.context?.confirmation?.normalize('NFC') === evaluation.text
      return { id: rule.id, type: 'match', met, required: 1, actual: +met }
    }
    case 'notContextual': {
      let actual = 0
      for (const fragment of contextFragments(evaluation.context))
        if (lowered(evaluation).includes(fragment)) actual++
      return { id: rule.id, type: 'notContextual', met: !actual, required: 0, actual }
    }
    default:
      return answered(rule, evaluation)
  }
}

// notCommon, strength, notBreached: decided by a blocklist or the caller's answers, else pending.
function answered(rule: Rule, evaluation: Evaluation): Check {
  const { id, type } = rule
  const required = type === 'strength' ? rule.minScore : 0
  const blocklist = evaluation.options?.blocklist
  if (type === 'notCommon' && blocklist !== undefined) {
    const length = evaluation.counts[LENGTH] as number
    const actual = +(length <= LONGEST_COMMON && blocklist.has(lowered(evaluation)))
    return { id, type, met: !actual, required, actual }
  }
  const answer = evaluation.options?.answers?.[id]
  if (answer === undefined)
    return { id, type, met: null, pending: true, required, actual: 0 } as Check
  return { id, type, met: answer.met, required, actual: answer.actual ?? +!answer.met } as Check
}

function anyOf(anyOfRule: AnyOfRule, evaluation: Evaluation): AnyOfCheck {
  // Every path evaluated; the check reports the path nearest to being met.
  const paths = anyOfRule.paths.map((rules): PathCheck => {
    const checks = rules.map((r) => rule(r, evaluation))
    // false if one fails, else null if one waits, else true.
    const met = checks.some((c) => c.met === false) ? false : checks.every((c) => c.met) || null
    return { met, checks }
  })
  // The path with the fewest unmet rules (the first on a tie): a met path has none.
  const unmet = paths.map((p) => p.checks.filter((c) => !c.met).length)
  const nearest = unmet.indexOf(Math.min(...unmet))
  const size = (paths[nearest] as PathCheck).checks.length
  const met = paths.some((p) => p.met) || (paths.some((p) => p.met === null) ? null : false)
  const check: AnyOfCheck = {
    id: anyOfRule.id,
    type: 'anyOf',
    met,
    required: size,
    actual: size - (unmet[nearest] as number),
    nearest,
    paths,
  }
  return met === null ? { ...check, pending: true } : check
}

/**
 * Evaluates `password` against every rule of `policy`, in policy order. Synchronous and pure:
 * each call keeps its own state, so a blocklist may itself call `checkPassword`. Async rules
 * (`strength`, `notBreached`) and `notCommon` without `options.blocklist` come back `pending`
 * (met `null`) unless `options.answers` supplies their outcome. Any policy works as is, JSON
 * received from a server included: `pattern` rules are compiled on first use. Treat checks
 * as read-only: counting checks are frozen values shared by the calls that count the same.
 *
 * @throws InputError (code `invalid_input`) when `password` is not a string, `context` is
 * malformed, or `policy` is not a policy.
 * @throws PolicyError (code `invalid_policy`) when a `pattern` rule is outside the supported
 * subset (a policy from `definePolicy` never is).
 */
export function checkPassword(
  policy: Policy,
  password: string,
  context?: PasswordContext,
  options?: CheckOptions,
): CheckResult {
  assertInput(password, context)
  if (!Array.isArray(policy?.rules)) throw new InputError('not a policy')
  const { steps, runs } = planOf(policy)
  let counts = scan(password, runs)
  let text = password
  // Below U+0300 every string is in NFC: most passwords are scanned once and never normalised.
  if (counts[WIDE]) {
    text = password.normalize('NFC')
    if (text !== password) counts = scan(text, runs)
  }
  // Made for the first rule that is not a count: a policy of counts needs nothing more.
  let evaluation: Evaluation | undefined
  const checks: Check[] = new Array(steps.length)
  let ok = true
  let pending = false
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i] as Counter | Rule
    let check: Check
    if ('slot' in step) {
      // A top-level count answers from the checks its plan kept.
      const actual = counts[step.slot] as number
      check = step.answers[actual] ?? keep(step, actual, counting(step.rule, actual))
    } else {
      evaluation ??= { policy, text, counts, context, options, lowered: undefined }
      check = rule(step, evaluation)
    }
    checks[i] = check
    if (check.met !== true) {
      ok = false
      if (check.met === null) pending = true
    }
  }
  return { ok, pending, checks }
}
