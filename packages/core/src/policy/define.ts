import type { PolicyIssue } from '../errors'
import { deepFreeze } from '../lib/freeze'
import { invalidPolicy } from '../lib/invalid-policy'
import { withPrograms } from '../rules/programs'
import { policySchema } from '../schema/policy-schema'
import type { Policy, Rule } from './types'

// A rule as zod outputs it: defaults filled, id and nested paths optional.
interface Parsed {
  readonly type: string
  readonly id?: string | undefined
  readonly messages?: Readonly<Record<string, string | undefined>> | undefined
  readonly paths?: readonly (readonly Parsed[])[]
  readonly [field: string]: unknown
}

// Records explicit ids (reporting duplicates), so that defaults never take one.
function collectIds(
  rules: readonly Parsed[],
  at: (string | number)[],
  taken: Set<string>,
  issues: PolicyIssue[],
): void {
  for (const [i, rule] of rules.entries()) {
    if (rule.id !== undefined) {
      if (taken.has(rule.id))
        issues.push({ path: [...at, i, 'id'], message: `duplicate id "${rule.id}"` })
      taken.add(rule.id)
    }
    for (const [j, path] of (rule.paths ?? []).entries())
      collectIds(path, [...at, i, 'paths', j], taken, issues)
  }
}

// Rebuilds rules with their ids, keys in a stable order and no undefined fields.
function normalise(rules: readonly Parsed[], prefix: string, taken: Set<string>): Rule[] {
  const ids = rules.map((rule) => {
    if (rule.id !== undefined) return rule.id
    let id = prefix + rule.type
    for (let n = 2; taken.has(id); n++) id = `${prefix}${rule.type}-${n}`
    taken.add(id)
    return id
  })
  return rules.map((rule, i) => {
    const id = ids[i]!
    const { type, id: _id, messages, paths, ...fields } = rule
    const out: Record<string, unknown> = { type, id }
    for (const [key, value] of Object.entries(fields)) if (value !== undefined) out[key] = value
    if (paths !== undefined)
      out.paths = paths.map((path, p) => normalise(path, `${id}.${p}.`, taken))
    if (messages !== undefined)
      out.messages = Object.fromEntries(
        Object.entries(messages).filter(([, text]) => text !== undefined),
      )
    return out as unknown as Rule
  })
}

/**
 * Validates a policy (plain JSON) and returns it frozen and normalised: defaults filled in, every
 * rule (nested ones too) with a unique `id`. A rule without an id gets its type (`digits`), or
 * `digits-2`, `digits-3`... when taken; a nested rule gets `<anyOf id>.<path index>.<type>`.
 * Pattern rules are checked against the supported subset and compiled here: each carries its
 * `program`, so the policy's JSON (`GET /policy`) runs in `checkPassword` as it arrives.
 *
 * @throws PolicyError (code `invalid_policy`) whose message names each bad field.
 */
export function definePolicy(input: unknown): Policy {
  const parsed = policySchema.safeParse(input)
  if (!parsed.success)
    throw invalidPolicy(
      parsed.error.issues.map((i) => ({ path: i.path as (string | number)[], message: i.message })),
    )
  const rules = parsed.data.rules as readonly Parsed[]
  const taken = new Set<string>()
  const issues: PolicyIssue[] = []
  collectIds(rules, ['rules'], taken, issues)
  if (issues.length > 0) throw invalidPolicy(issues)
  // The schema has accepted every pattern: compiling them adds their programs, never an issue.
  return deepFreeze({
    version: 1,
    rules: withPrograms(normalise(rules, '', taken), ['rules'], issues),
  })
}
