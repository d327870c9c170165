import { counts, LENGTH, LONGEST_RUN, scan } from '../lib/scan'
import { contextFragments } from '../rules/contextual'
import { PATTERN_INPUT_LIMIT } from '../rules/pattern'
import { assertInput } from './input'
import { ANY_OF, COMMON, CONTEXT, MATCH, type Node, PATTERN, type Plan, planOf } from './plan'
import type { Check, CheckOptions, CheckResult, PasswordContext, PathCheck, Policy } from './types'

// Blocklist entries are short: longer passwords are never common (and are not lowercased).
const LONGEST_COMMON = 64

// State of the current call, read by `evaluate` (evaluation is synchronous).
let text = ''
let lowered: string | undefined
let fragments: string[] | undefined
let ctx: PasswordContext | undefined
let opts: CheckOptions | undefined
// The last policy and its plan: a checklist re-checks the same policy on every keystroke.
let lastPolicy: Policy | undefined
let lastPlan: Plan

function lower(): string {
  if (lowered === undefined) lowered = text.toLowerCase()
  return lowered
}

// Outcome of a list of checks: false if one fails, else null if one waits, else true.
function metAll(checks: readonly Check[]): boolean | null {
  return checks.some((c) => c.met === false)
    ? false
    : checks.some((c) => c.met === null)
      ? null
      : true
}

function anyOf(id: string, pathNodes: readonly (readonly Node[])[]): Check {
  const paths: PathCheck[] = pathNodes.map((nodes) => {
    const checks = nodes.map(evaluate)
    return { met: metAll(checks), checks }
  })
  // The first met path, otherwise the one with the fewest unmet rules (the first on a tie).
  const unmet = paths.map((p) =>
    p.met === true ? -1 : p.checks.filter((c) => c.met !== true).length,
  )
  const nearest = unmet.indexOf(Math.min(...unmet))
  const met =
    paths.some((p) => p.met === true) || (paths.some((p) => p.met === null) ? null : false)
  const chosen = paths[nearest]!.checks
  const actual = chosen.filter((check) => check.met === true).length
  const check: Check = { id, type: 'anyOf', met, required: chosen.length, actual, nearest, paths }
  return met === null ? { ...check, pending: true } : check
}

function evaluate(node: Node): Check {
  const { rule, id, type, kind, required } = node
  if (kind >= 0) {
    const actual = counts[kind]!
    if (kind === LONGEST_RUN) return { id, type, met: actual <= required, required, actual }
    if (node.max < 0) return { id, type, met: actual >= required, required, actual }
    const tooLong = actual > node.max
    return {
      id,
      type,
      met: actual >= required && !tooLong,
      required,
      actual,
      max: node.max,
      tooLong,
    }
  }
  let actual = 0
  switch (kind) {
    case ANY_OF:
      return anyOf(id, node.paths!)
    case PATTERN:
      if (
        node.pattern!.test(text.slice(0, PATTERN_INPUT_LIMIT)) ===
        (rule as { mustMatch: boolean }).mustMatch
      )
        actual = 1
      return { id, type, met: actual === 1, required, actual }
    case MATCH:
      if (ctx?.confirmation?.normalize('NFC') === text) actual = 1
      return { id, type, met: actual === 1, required, actual }
    case CONTEXT:
      fragments ??= contextFragments(ctx)
      for (const fragment of fragments) if (lower().includes(fragment)) actual++
      return { id, type, met: actual === 0, required, actual }
  }
  const blocklist = opts?.blocklist
  if (kind === COMMON && blocklist !== undefined) {
    actual = counts[LENGTH]! <= LONGEST_COMMON && blocklist.has(lower()) ? 1 : 0
    return { id, type, met: actual === 0, required, actual }
  }
  // notCommon without a list, strength, notBreached: answered by the caller, or pending.
  const answer = opts?.answers?.[id]
  if (answer === undefined) return { id, type, met: null, pending: true, required, actual }
  return { id, type, met: answer.met, required, actual: answer.actual ?? (answer.met ? 0 : 1) }
}

/**
 * Evaluates `password` against every rule of `policy`, in policy order. Synchronous and pure.
 * Async rules (`strength`, `notBreached`) and `notCommon` without `options.blocklist` come back
 * `pending` (met `null`) unless `options.answers` supplies their outcome.
 *
 * @throws InputError (code `invalid_input`) when `password` is not a string or `context` is malformed.
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
  const plan = lastPlan
  text = password
  if (scan(password, plan.runs, plan.sets)) {
    text = password.normalize('NFC')
    if (text !== password) scan(text, plan.runs, plan.sets)
  }
  lowered = undefined
  fragments = undefined
  ctx = context
  opts = options
  const nodes = plan.nodes
  const checks = new Array<Check>(nodes.length)
  let ok = true
  let waiting = false
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!
    const kind = node.kind
    let check: Check
    // Inline fast path for plain minimum counts, the bulk of every checklist.
    if (kind >= 0 && kind !== LONGEST_RUN && node.max < 0) {
      const actual = counts[kind]!
      const required = node.required
      check = { id: node.id, type: node.type, met: actual >= required, required, actual }
    } else check = evaluate(node)
    checks[i] = check
    if (check.met !== true) ok = false
    if (check.met === null) waiting = true
  }
  ctx = undefined
  opts = undefined
  text = ''
  lowered = undefined
  return { ok, pending: waiting, checks }
}
