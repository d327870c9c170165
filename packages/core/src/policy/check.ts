import { InputError } from '../errors'
import { counts, LENGTH, LONGEST_RUN, SET_BASE, scan } from '../lib/scan'
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
  readonly test: PatternMatcher | undefined
  readonly paths: readonly (readonly Node[])[] | undefined
}

interface Plan {
  readonly nodes: readonly Node[]
  readonly runs: boolean
  readonly sets: ReadonlySet<number>[]
}

const plans = new WeakMap<Policy, Plan>()

type Fields = Partial<Record<'min' | 'max' | 'minScore', number>> & {
  readonly characters?: string
  readonly mustMatch?: boolean
  readonly paths?: readonly (readonly Rule[])[]
}

function compile(rules: readonly Rule[], plan: { runs: boolean; sets: Set<number>[] }): Node[] {
  return rules.map((rule): Node => {
    const { id, type } = rule
    const fields = rule as Fields
    const chars = fields.characters
    let kind = COUNTERS.indexOf(type)
    if (kind === LONGEST_RUN) plan.runs = true
    if (chars !== undefined)
      kind =
        SET_BASE -
        1 +
        plan.sets.push(new Set(Array.from(chars.normalize('NFC'), (c) => c.codePointAt(0)!)))
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
      test,
      paths: fields.paths?.map((path) => compile(path, plan)),
    }
  })
}

function planOf(policy: Policy): Plan {
  let plan = plans.get(policy)
  if (plan === undefined) {
    if (!Array.isArray(policy?.rules)) throw new InputError('not a policy')
    const build = { runs: false, sets: [] }
    plan = { nodes: compile(policy.rules, build), ...build }
    plans.set(policy, plan)
  }
  return plan
}

// State of the current call, read by `evaluate` (evaluation is synchronous).
let text = ''
let lowered: string | undefined
let fragments: string[] | undefined
let ctx: PasswordContext | undefined
let opts: CheckOptions | undefined
// The last policy and its plan: a checklist re-checks the same policy on every keystroke.
let lastPolicy: Policy | undefined
let lastPlan: Plan

const lower = (): string => (lowered ??= text.toLowerCase())

// Every path evaluated; the check reports the path nearest to being met.
function anyOf({ id, type, paths: pathNodes }: Node): Check {
  const paths = pathNodes!.map((nodes) => {
    const checks = nodes.map(evaluate)
    // false if one fails, else null if one waits, else true.
    const met = checks.some((c) => c.met === false) ? false : checks.every((c) => c.met) || null
    return { met, checks }
  })
  // The path with the fewest unmet rules (the first on a tie): a met path has none.
  const unmet = paths.map((p) => p.checks.filter((c) => !c.met).length)
  const nearest = unmet.indexOf(Math.min(...unmet))
  const required = paths[nearest]!.checks.length
  const met = paths.some((p) => p.met) || (paths.some((p) => p.met === null) ? null : false)
  const check: Check = {
    id,
    type,
    met,
    required,
    actual: required - unmet[nearest]!,
    nearest,
    paths,
  }
  return met === null ? { ...check, pending: true } : check
}

function evaluate(node: Node): Check {
  const { id, type, kind, required, max } = node
  let actual = kind < 0 ? 0 : counts[kind]!
  let met: boolean | null = kind === LONGEST_RUN ? actual <= required : actual >= required
  if (max >= 0) {
    const tooLong = actual > max
    return { id, type, met: met && !tooLong, required, actual, max, tooLong }
  }
  if (kind < 0)
    switch (type) {
      case 'anyOf':
        return anyOf(node)
      case 'pattern':
        met = node.test!.test(text.slice(0, PATTERN_INPUT_LIMIT)) === node.must
        actual = +met
        break
      case 'match':
        met = ctx?.confirmation?.normalize('NFC') === text
        actual = +met
        break
      case 'notContextual':
        fragments ??= contextFragments(ctx)
        for (const fragment of fragments) if (lower().includes(fragment)) actual++
        met = !actual
        break
      default: {
        const blocklist = opts?.blocklist
        if (type === 'notCommon' && blocklist !== undefined) {
          actual = +(counts[LENGTH]! <= LONGEST_COMMON && blocklist.has(lower()))
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
    lastPlan = planOf(policy)
    lastPolicy = policy
  }
  const { nodes, runs, sets } = lastPlan
  // Below U+0300 every string is in NFC: most passwords are scanned once and never normalised.
  text = scan(password, runs, sets) ? password.normalize('NFC') : password
  if (text !== password) scan(text, runs, sets)
  lowered = fragments = undefined
  ctx = context
  opts = options
  const checks: Check[] = []
  let ok = true
  let pending = false
  for (const node of nodes) {
    const check = evaluate(node)
    checks.push(check)
    if (check.met !== true) {
      ok = false
      if (check.met === null) pending = true
    }
  }
  // Keep nothing of the password once answered.
  text = ''
  lowered = fragments = ctx = opts = undefined
  return { ok, pending, checks }
}
