// Adversarial suite: the policy engine's entry points under hostile input.
// Runs per property: FUZZ_RUNS, else 10,000 in CI and 1,000 locally.
import vm from 'node:vm'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { commonPasswords } from '../src/blocklist/index'
import {
  checkPassword,
  definePolicy,
  isSesameError,
  PATTERN_INPUT_LIMIT,
  type Policy,
  PolicyError,
  presets,
} from '../src/index'
import { REDOS_PATTERNS } from './redos-patterns'

const RUNS = Number(process.env.FUZZ_RUNS ?? (process.env.CI === 'true' ? 10_000 : 1_000))

// Sources a pattern rule may legitimately use (the schema accepts every one of them).
const safeSources = ['^[^\\s]', '\\d', '[A-Z].*[0-9]', '^(?:[a-z]{2})', 'x$', '\\p{L}']

const messages = fc.record(
  {
    fr: fc.string({ minLength: 1, maxLength: 20 }),
    en: fc.string({ minLength: 1, maxLength: 20 }),
  },
  { requiredKeys: [] },
)
const counted = (type: string) =>
  fc.record(
    { type: fc.constant(type), min: fc.integer({ min: 1, max: 6 }) },
    { requiredKeys: ['type'] },
  )

// One valid rule allowed in an anyOf path (everything but anyOf).
const pathRule = fc.oneof(
  fc
    .tuple(fc.integer({ min: 0, max: 40 }), fc.option(fc.integer({ min: 0, max: 200 })))
    .map(([min, extra]) =>
      extra === null
        ? { type: 'length', min }
        : { type: 'length', min, max: min + Math.max(1, extra) },
    ),
  counted('lowercase'),
  counted('uppercase'),
  counted('digits'),
  counted('letters'),
  fc.record(
    {
      type: fc.constant('special'),
      min: fc.integer({ min: 1, max: 4 }),
      characters: fc.string({ minLength: 1, maxLength: 10 }),
    },
    { requiredKeys: ['type'] },
  ),
  fc.constantFrom(
    { type: 'notCommon' },
    { type: 'notContextual' },
    { type: 'match' },
    { type: 'notBreached' },
  ),
  fc.record({ type: fc.constant('maxRepeated'), max: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ type: fc.constant('strength'), minScore: fc.integer({ min: 0, max: 4 }) }),
  fc.record({
    type: fc.constant('pattern'),
    source: fc.constantFrom(...safeSources),
    flags: fc.constantFrom('', 'u', 'i', 'iu'),
    mustMatch: fc.boolean(),
    messages: fc.constant({ en: 'custom rule' }),
  }),
)
const withMessages = <T extends object>(rule: fc.Arbitrary<T>) =>
  fc
    .tuple(rule, fc.option(messages))
    .map(([r, m]) =>
      m === null || (r as { type?: string }).type === 'pattern' ? r : { ...r, messages: m },
    )
const rule = fc.oneof(
  { weight: 6, arbitrary: withMessages(pathRule) },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('anyOf'),
      paths: fc.array(fc.array(pathRule, { minLength: 1, maxLength: 4 }), {
        minLength: 2,
        maxLength: 3,
      }),
    }),
  },
)
/** Policies the schema must accept: random rule lists (ids left to definePolicy). */
const validPolicyInput = fc.array(rule, { maxLength: 10 }).map((rules) => ({ version: 1, rules }))

// Any value at all, including exotic objects (null prototypes, boxed values, maps, typed arrays).
const anything = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
})
const anyString = fc.oneof(
  fc.string({ unit: 'grapheme-composite', maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ maxLength: 300 }),
)
const contextLike = fc.oneof(
  fc.constant(undefined),
  fc.record(
    {
      email: fc.oneof(fc.emailAddress(), anyString),
      name: anyString,
      confirmation: anyString,
      userInputs: fc.array(anyString, { maxLength: 5 }),
    },
    { requiredKeys: [] },
  ),
  anything,
)

// Turns one field somewhere in a valid policy into an arbitrary value: nearly valid inputs reach
// the deepest branches of the schema.
function corrupt(input: unknown, path: readonly number[], value: unknown): unknown {
  if (input === null || typeof input !== 'object' || path.length === 0) return value
  const entries = Object.entries(input)
  if (entries.length === 0) return value
  const index = path[0]! % entries.length
  const [key, child] = entries[index]!
  const copy: Record<string, unknown> | unknown[] = Array.isArray(input) ? [...input] : { ...input }
  ;(copy as Record<string, unknown>)[key] = corrupt(child, path.slice(1), value)
  return copy
}

function expectInvalidPolicy(error: unknown): void {
  expect(error).toBeInstanceOf(PolicyError)
  const policyError = error as PolicyError
  expect(policyError.code).toBe('invalid_policy')
  expect(policyError.issues.length).toBeGreaterThan(0)
  for (const issue of policyError.issues) expect(typeof issue.message).toBe('string')
}

describe('definePolicy under arbitrary input', () => {
  it('returns a policy or throws PolicyError, for any value at all', () => {
    fc.assert(
      fc.property(fc.oneof(anything, fc.jsonValue()), (input) => {
        try {
          definePolicy(input)
        } catch (error) {
          expectInvalidPolicy(error)
        }
      }),
      { numRuns: RUNS },
    )
  })

  it('accepts every well-formed policy, normalised, frozen and stable through JSON', () => {
    fc.assert(
      fc.property(validPolicyInput, (input) => {
        const policy = definePolicy(input)
        expect(Object.isFrozen(policy) && Object.isFrozen(policy.rules)).toBe(true)
        expect(definePolicy(JSON.parse(JSON.stringify(policy)))).toEqual(policy)
        const ids = policy.rules.flatMap((r) =>
          r.type === 'anyOf' ? [r.id, ...r.paths.flat().map((n) => n.id)] : [r.id],
        )
        expect(new Set(ids).size).toBe(ids.length)
      }),
      { numRuns: RUNS },
    )
  })

  it('returns a policy or throws PolicyError when one field of a valid policy is corrupted', () => {
    fc.assert(
      fc.property(
        validPolicyInput,
        fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
        fc.oneof(anything, fc.jsonValue()),
        (input, path, value) => {
          try {
            const policy = definePolicy(corrupt(input, path, value))
            expect(policy.version).toBe(1)
          } catch (error) {
            expectInvalidPolicy(error)
          }
        },
      ),
      { numRuns: RUNS },
    )
  })
})

describe('checkPassword under arbitrary input', () => {
  const policies = fc.oneof(
    fc.constantFrom(...Object.values(presets)),
    validPolicyInput.map((input) => definePolicy(input)),
  )
  const options = fc.constantFrom(undefined, { blocklist: commonPasswords })

  it('answers every string and well-formed context with one check per rule, in order (then wellFormed when failed)', () => {
    fc.assert(
      fc.property(policies, anyString, contextLike, options, (policy, password, context, opts) => {
        let result: ReturnType<typeof checkPassword>
        try {
          result = checkPassword(policy, password, context as never, opts)
        } catch (error) {
          // Only a context of the wrong shape may be refused, and only with InputError.
          expect(isSesameError(error, 'invalid_input')).toBe(true)
          expect(context).not.toBeUndefined()
          return
        }
        // Then the implicit wellFormed check, only when the password fails it.
        const extra = result.checks.slice(policy.rules.length).map((c) => c.id)
        expect(extra.length === 0 || (extra.length === 1 && extra[0] === 'wellFormed')).toBe(true)
        expect(result.checks.slice(0, policy.rules.length).map((c) => c.id)).toEqual(
          policy.rules.map((r) => r.id),
        )
        expect(result.ok).toBe(result.checks.every((c) => c.met === true))
        expect(result.pending).toBe(result.checks.some((c) => c.met === null))
      }),
      { numRuns: RUNS },
    )
  })

  it('refuses every non-string password with InputError, never a crash inside a rule', () => {
    fc.assert(
      fc.property(policies, anything, contextLike, (policy, password, context) => {
        fc.pre(typeof password !== 'string')
        expect(() => checkPassword(policy, password as never, context as never)).toThrowError(
          expect.objectContaining({ code: 'invalid_input' }),
        )
      }),
      { numRuns: RUNS },
    )
  })

  it('answers a 1 MB password and 1 MB context strings without a crash', () => {
    const huge = 'aA1!é'.repeat(200_000)
    for (const policy of Object.values(presets)) {
      const result = checkPassword(policy, huge)
      expect(result.checks).toHaveLength(policy.rules.length)
      // A preset with a maximum length refuses it; one without (cnil) may accept it.
      const capped = policy.rules.some((r) => r.type === 'length' && r.max !== undefined)
      if (capped) expect(result.ok).toBe(false)
    }
    expect(() => checkPassword(presets.classic, 'x', { email: huge })).toThrowError(
      expect.objectContaining({ code: 'invalid_input' }),
    )
  })
})

// Runs `fn` under a watchdog: V8 terminates it (even inside a regex backtracking loop) after
// `ms` milliseconds, so a catastrophic pattern fails the test instead of hanging the suite.
const sandbox = vm.createContext({ run: (): void => undefined })
function finishes(fn: () => void, ms = 2_000): boolean {
  sandbox.run = fn
  try {
    vm.runInContext('run()', sandbox, { timeout: ms })
    return true
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return false
    throw error
  }
}

// Inputs that make backtracking patterns explode: a run of one character and a mismatch, long
// enough to reach the pattern's input cap; `huge` adds a 100 KB one.
function attacks(source: string, huge: boolean): string[] {
  const letters = [...new Set(source.replace(/\\./g, '').match(/[a-z0-9]/gi) ?? ['a'])]
  return letters
    .slice(0, 3)
    .flatMap((c) => [
      `${c.repeat(30)}!`,
      `${c.repeat(PATTERN_INPUT_LIMIT - 1)}!`,
      ...(huge ? [`${c.repeat(100_000)}!`] : []),
    ])
}

function patternPolicy(source: string, flags = ''): Policy | PolicyError | 'hung' {
  let outcome: Policy | PolicyError | 'hung' = 'hung'
  const defined = finishes(() => {
    try {
      outcome = definePolicy({
        version: 1,
        rules: [{ type: 'pattern', source, flags, messages: { en: 'custom' } }],
      })
    } catch (error) {
      outcome = error as PolicyError
    }
  })
  // Assigned inside the callback, which TypeScript's narrowing does not see.
  const result = outcome as Policy | PolicyError | 'hung'
  if (!defined) return 'hung'
  if (result instanceof Error) expectInvalidPolicy(result)
  return result
}

// A custom pattern must be refused by definePolicy, or be unable to hang evaluation.
function refusedOrHarmless(source: string, huge = false): string | null {
  const policy = patternPolicy(source)
  if (policy === 'hung') return `/${source}/: definePolicy hangs`
  if (policy instanceof PolicyError) return null
  for (const input of attacks(source, huge))
    if (!finishes(() => checkPassword(policy, input)))
      return `/${source}/ accepted, and hangs on ${JSON.stringify(input.slice(0, 12))}… (${input.length} chars)`
  return null
}

describe('custom pattern rules cannot hang evaluation', () => {
  // Textbook ReDoS shapes: nested quantifiers, overlapping alternations, stacked quantifiers
  // (each must be refused, or run by an engine that does not backtrack).
  const catastrophic = REDOS_PATTERNS

  it.each(catastrophic)('%s is refused or harmless on a 100 KB input', (source) => {
    expect(refusedOrHarmless(source, true)).toBeNull()
  })

  const atom = fc.constantFrom('a', 'b', '\\d', '\\w', '.', '[ab]', '[a-z]', '[^a]', '\\W')
  const quantifier = fc.constantFrom('', '', '*', '+', '?', '{2,}', '{1,3}', '*?', '+?', '{0,2}')
  const regex: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.tuple(atom, quantifier).map(([a, q]) => a + q),
      fc.array(tie('node'), { minLength: 1, maxLength: 5 }).map((parts) => parts.join('')),
      fc
        .tuple(fc.array(tie('node'), { minLength: 1, maxLength: 3 }), quantifier, fc.boolean())
        .map(([alts, q, capture]) => `(${capture ? '' : '?:'}${alts.join('|')})${q}`),
    ),
  })).node
  const generated = fc
    .tuple(fc.boolean(), regex, fc.constantFrom('', '$', '!', 'b$'))
    .map(([anchor, body, tail]) => `${anchor ? '^' : ''}${body}${tail}`)

  it('holds for generated patterns (quantified groups, alternations, stacked quantifiers)', () => {
    fc.assert(
      fc.property(generated, (source) => {
        expect(refusedOrHarmless(source)).toBeNull()
      }),
      { numRuns: Math.min(RUNS, 1_000) },
    )
  }, 120_000)

  it('answers like the native RegExp on short inputs, for every accepted pattern', () => {
    const input = fc.string({ unit: fc.constantFrom('a', 'b', '1', '!', 'A', 'é'), maxLength: 10 })
    fc.assert(
      fc.property(generated, fc.constantFrom('', 'i', 'u'), input, (source, flags, text) => {
        const policy = patternPolicy(source, flags)
        expect(policy, `definePolicy(/${source}/${flags}) hangs`).not.toBe('hung')
        if (policy === 'hung' || policy instanceof PolicyError) return
        let ok: boolean | undefined
        expect(finishes(() => (ok = checkPassword(policy, text).ok))).toBe(true)
        // The native engine itself can blow up on nested quantifiers, even on ten characters.
        let expected: boolean | undefined
        fc.pre(finishes(() => (expected = new RegExp(source, flags).test(text)), 200))
        expect(ok).toBe(expected)
      }),
      { numRuns: Math.min(RUNS, 3_000) },
    )
  }, 120_000)
})
