import { InputError } from '../errors'
import { freeze } from '../lib/freeze'
import { counts, LENGTH, LONGEST_RUN, scan } from '../lib/scan'
import { contextFragments } from '../rules/contextual'
import { matchers, PATTERN_INPUT_LIMIT, type PatternMatcher } from '../rules/prepared'
import { assertInput } from './input'
import type { Check, CheckOptions, CheckResult, PasswordContext, Policy, Rule } from './types'

// Counter rules, at the index of their slot in `counts` (LENGTH... LONGEST_RUN).
const COUNTERS: readonly string[] = [
  'length',
  'lowercase',
  'uppercase',
  'digits',
  'letters',
  'special',
  'maxRepeated',
]

// Blocklist entries are short: longer passwords are never common (and are not lowercased).
const LONGEST_COMMON = 64

// Counter checks depend on the count alone: each is built once per plan, frozen and reused (a
// checklist re-renders the same few counts on every keystroke). Counts above this are not kept.
const MEMO = 129

/** A rule prepared for evaluation, once per policy object. */
interface Node {
  readonly id: string
  readonly type: Rule['type']
  /** The rule's slot in `counts`, or -1 when it is not a counter. */
  readonly kind: number
  /** The rule's number: minimum, longest run, score; 1 for pattern and match. */
  readonly required: number
  /** `length.max`, or -1. */
  readonly max: number
  /** `pattern.mustMatch`. */
  readonly must: boolean
  readonly memo: Check[]
  readonly test: PatternMatcher | undefined
  /** The code points of `special.characters`. */
  readonly chars: ReadonlySet<string>
  readonly paths: readonly (readonly Node[])[] | undefined
}

interface Plan {
  readonly nodes: readonly Node[]
  readonly runs: boolean
}

type Fields = Partial<Record<'min' | 'max' | 'minScore', number>> & {
  readonly characters?: string
  readonly mustMatch?: boolean
  readonly paths?: readonly (readonly Rule[])[]
}

function compile(rules: readonly Rule[], plan: { runs: boolean }): Node[] {
  return rules.map((rule): Node => {
    const { id, type } = rule
    const fields = rule as Fields
    const chars = fields.characters
    let kind = COUNTERS.indexOf(type)
    if (kind === LONGEST_RUN) plan.runs = true
    // A special rule with its own characters counts in a pass of its own (see evaluate).
    if (chars !== undefined) kind = -1
    const test = matchers.get(rule)
    if (type === 'pattern' && test === undefined)
      throw new InputError(`pattern rule ${id}: not compiled, see preparePolicy()`)
    return {
      id,
      type,
      kind,
      required:
        fields.min ?? fields.max ?? fields.minScore ?? +(type === 'pattern' || type === 'match'),
      max: type === 'length' ? (fields.max ?? -1) : -1,
      must: fields.mustMatch !== false,
      memo: Array(MEMO),
      chars: new Set(chars?.normalize('NFC')),
      test,
      paths: fields.paths?.map((path) => compile(path, plan)),
    }
  })
}

// State of the current call, read by `evaluate` (evaluation is synchronous).
let text = ''
let lowered: string | undefined
let ctx: PasswordContext | undefined
let opts: CheckOptions | undefined
// The last policy and its plan: a checklist re-checks the same policy on every keystroke, and a
// server checks one policy (switching policy rebuilds the plan and its shared checks: about 0.5 µs).
let lastPolicy: Policy | undefined
let lastPlan: Plan

function evaluate(node: Node): Check {
  const { id, type, kind, required, max } = node
  if (kind < 0) return other(node)
  const actual = counts[kind]!
  let check = node.memo[actual]
  if (check === undefined) {
    const tooLong = actual > max
    check =
      max < 0
        ? {
            id,
            type,
            met: kind === LONGEST_RUN ? actual <= required : actual >= required,
            required,
            actual,
          }
        : { id, type, met: actual >= required && !tooLong, required, actual, max, tooLong }
    // Shared from now on, so frozen.
    if (actual < MEMO) node.memo[actual] = freeze(check)
  }
  return check
}

// Every rule that is not a counter.
function other(node: Node): Check {
  const { id, type, required } = node
  let actual = 0
  let met: boolean | null
  switch (type) {
    case 'anyOf': {
      // Every path evaluated; the check reports the path nearest to being met.
      const paths = node.paths!.map((nodes) => {
        const checks = nodes.map(evaluate)
        // false if one fails, else null if one waits, else true.
        const met = checks.some((c) => c.met === false) ? false : checks.every((c) => c.met) || null
        return { met, checks }
      })
      // The path with the fewest unmet rules (the first on a tie): a met path has none.
      const unmet = paths.map((p) => p.checks.filter((c) => !c.met).length)
      const nearest = unmet.indexOf(Math.min(...unmet))
      const chosen = paths[nearest]!.checks.length
      met = paths.some((p) => p.met) || (paths.some((p) => p.met === null) ? null : false)
      const check = {
        id,
        type,
        met,
        required: chosen,
        actual: chosen - unmet[nearest]!,
        nearest,
        paths,
      }
      return met === null ? { ...check, pending: true } : check
    }
    case 'special':
      for (const c of text) if (node.chars.has(c)) actual++
      met = actual >= required
      break
    case 'pattern':
      met = node.test!.test(text.slice(0, PATTERN_INPUT_LIMIT)) === node.must
      actual = +met
      break
    case 'match':
      met = ctx?.confirmation?.normalize('NFC') === text
      actual = +met
      break
    case 'notContextual':
      lowered ??= text.toLowerCase()
      for (const fragment of contextFragments(ctx)) if (lowered.includes(fragment)) actual++
      met = !actual
      break
    default: {
      const blocklist = opts?.blocklist
      if (type === 'notCommon' && blocklist !== undefined) {
        lowered ??= text.toLowerCase()
        actual = +(counts[LENGTH]! <= LONGEST_COMMON && blocklist.has(lowered))
        met = !actual
        break
      }
      // notCommon without a list, strength, notBreached: answered by the caller, or pending.
      const answer = opts?.answers?.[id]
      if (answer === undefined) return { id, type, met: null, pending: true, required, actual }
      met = answer.met
      actual = answer.actual ?? +!met
    }
  }
  return { id, type, met, required, actual }
}

/**
 * Evaluates `password` against every rule of `policy`, in policy order. Synchronous and pure.
 * Async rules (`strength`, `notBreached`) and `notCommon` without `options.blocklist` come back
 * `pending` (met `null`) unless `options.answers` supplies their outcome. A policy with `pattern`
 * rules must come from `definePolicy` or `preparePolicy`, which compile them.
 *
 * @throws InputError (code `invalid_input`) when `password` is not a string, `context` is
 * malformed, or `policy` is not a policy (or holds a pattern rule that was never compiled).
 */
export function checkPassword(
  policy: Policy,
  password: string,
  context?: PasswordContext,
  options?: CheckOptions,
): CheckResult {
  assertInput(password, context)
  if (policy !== lastPolicy) {
    if (!Array.isArray(policy?.rules)) throw new InputError('not a policy')
    const build = { runs: false }
    lastPlan = { nodes: compile(policy.rules, build), ...build }
    lastPolicy = policy
  }
  const { nodes, runs } = lastPlan
  // Below U+0300 every string is in NFC: most passwords are scanned once and never normalised.
  text = scan(password, runs) ? password.normalize('NFC') : password
  if (text !== password) scan(text, runs)
  lowered = undefined
  ctx = context
  opts = options
  const checks: Check[] = new Array(nodes.length)
  let ok = true
  let pending = false
  for (let i = 0; i < nodes.length; i++) {
    const check = evaluate(nodes[i]!)
    checks[i] = check
    if (check.met !== true) {
      ok = false
      if (check.met === null) pending = true
    }
  }
  // Keep nothing of the password once answered.
  text = ''
  lowered = ctx = opts = undefined
  return { ok, pending, checks }
}
