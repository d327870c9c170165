// Pattern programs are data: definePolicy and preparePolicy write them, checkPassword only loads
// (checks, bounds) and runs them, so the JSON a server sends works as it arrives, and a program
// received from anywhere is refused with a typed PolicyError rather than trusted.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  checkPassword,
  definePolicy,
  type PatternProgram,
  type PatternRule,
  type Policy,
  PolicyError,
  preparePolicy,
} from '../src/index'
import { MAX_PROGRAM, PROGRAM_FORMAT } from '../src/rules/lib/program-format'
import { thrown } from './thrown'

const defined = definePolicy({
  version: 1,
  rules: [
    { type: 'pattern', id: 'capital', source: '^[A-Z]', messages: { en: 'starts with a capital' } },
    {
      type: 'anyOf',
      id: 'either',
      paths: [
        [{ type: 'pattern', source: '\\d$', flags: 'u', messages: { en: 'ends with a digit' } }],
        [{ type: 'length', min: 20 }],
      ],
    },
  ],
})
// What `GET /policy` sends, as the browser parses it.
const served = (): Policy => JSON.parse(JSON.stringify(defined))

// The served policy with the program of its first rule replaced.
function withProgram(program: unknown): Policy {
  const policy = served() as unknown as { rules: Record<string, unknown>[] }
  policy.rules[0]!.program = program
  return policy as unknown as Policy
}
const programOf = (policy: Policy, i = 0) => (policy.rules[i] as PatternRule).program!

describe('definePolicy writes the program', () => {
  it('into every pattern rule, nested ones included, as plain versioned JSON', () => {
    const program = programOf(defined)
    expect(program).toEqual({ format: PROGRAM_FORMAT, states: ['^', '[A-Z]'] })
    const nested = defined.rules[1]
    if (nested?.type !== 'anyOf') throw new Error('expected anyOf')
    expect((nested.paths[0]![0] as PatternRule).program).toEqual({
      format: 1,
      states: ['[\\d]', '$'],
    })
    expect(Object.isFrozen(program) && Object.isFrozen(program.states)).toBe(true)
  })

  it('compiles the source again, whatever program the input carried', () => {
    const stale = withProgram({ format: 1, states: ['[z]'] })
    expect(programOf(definePolicy(stale))).toEqual(programOf(defined))
    expect(programOf(definePolicy(withProgram({ format: 99 })))).toEqual(programOf(defined))
    expect(definePolicy(served())).toEqual(defined)
  })
})

describe('the JSON a server sends', () => {
  it('is checked as it arrives, with no preparation, like the policy it came from', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (password) => {
        expect(checkPassword(served(), password)).toEqual(checkPassword(defined, password))
      }),
    )
    expect(checkPassword(served(), 'Abc1').ok).toBe(true)
    expect(checkPassword(served(), 'abc1').checks.map((c) => c.met)).toEqual([false, true])
  })

  it('needs no preparePolicy: it returns the very same object', () => {
    const policy = served()
    expect(preparePolicy(policy)).toBe(policy)
    expect(preparePolicy(defined)).toBe(defined)
  })
})

describe('a pattern rule without a usable program', () => {
  const handWritten = {
    version: 1 as const,
    rules: [
      {
        type: 'pattern' as const,
        id: 'noSpace',
        source: '\\s',
        flags: '',
        mustMatch: false,
        messages: { en: 'no space' },
      },
    ],
  }

  it('is refused by checkPassword with what to call, at its path', () => {
    const error = thrown(() => checkPassword(handWritten, 'a b'))
    expect(error).toBeInstanceOf(PolicyError)
    expect((error as PolicyError).code).toBe('invalid_policy')
    expect((error as PolicyError).issues).toEqual([
      {
        path: ['rules', 0, 'program'],
        message: 'no program: use definePolicy or preparePolicy',
      },
    ])
  })

  it('is compiled by preparePolicy, into a copy that leaves the input alone', () => {
    const prepared = preparePolicy(handWritten)
    expect(prepared).not.toBe(handWritten)
    expect(handWritten.rules[0]).not.toHaveProperty('program')
    expect(checkPassword(prepared, 'a b').ok).toBe(false)
    expect(checkPassword(prepared, 'ab').ok).toBe(true)
    expect(preparePolicy(prepared)).toBe(prepared)
  })

  it('of an unknown format is refused, and says so (a newer server, an older browser)', () => {
    const newer = withProgram({ format: 2, states: [] })
    expect(() => checkPassword(newer, 'A')).toThrow(
      /rules\.0\.program: program format 2 unknown: use definePolicy or preparePolicy/,
    )
    // The source still compiles here: preparePolicy replaces the program it cannot read.
    expect(checkPassword(preparePolicy(newer), 'A').ok).toBe(false)
  })

  it('is reported at its path inside an anyOf', () => {
    const policy = served() as unknown as {
      rules: { paths?: Record<string, unknown>[][] }[]
    }
    delete policy.rules[1]!.paths![0]![0]!.program
    const error = thrown(() => checkPassword(policy as unknown as Policy, 'A1'))
    expect((error as PolicyError).issues[0]!.path).toEqual(['rules', 1, 'paths', 0, 0, 'program'])
  })
})

describe('a received program is checked before it runs', () => {
  const malformed: [string, unknown][] = [
    ['not an object', 'states'],
    ['states missing', { format: 1 }],
    ['states not a list', { format: 1, states: '^[A-Z]' }],
    ['a state of the wrong type', { format: 1, states: [true] }],
    ['a test that is not one class', { format: 1, states: ['(?:a+)+b'] }],
    ['a class followed by more', { format: 1, states: ['[a](b*)*c[d]'] }],
    ['an escape outside brackets', { format: 1, states: ['\\d'] }],
    ['a class the flags refuse', { format: 1, states: ['[z-a]'] }],
    ['a move out of the program', { format: 1, states: [[2]] }],
    ['a negative move', { format: 1, states: [[-1]] }],
    ['a fractional move', { format: 1, states: [[0.5]] }],
    ['a move that is not a number', { format: 1, states: [['1']] }],
    ['too many states', { format: 1, states: Array.from({ length: MAX_PROGRAM + 1 }, () => [1]) }],
    ['too large a text', { format: 1, states: [`[${'a'.repeat(70_000)}]`] }],
    ['too many moves', { format: 1, states: [Array(40_000).fill(1), '[a]'] }],
    [
      'a cycle',
      (() => {
        const cyclic: { format: number; states: unknown[] } = { format: 1, states: [] }
        cyclic.states.push(cyclic)
        return cyclic
      })(),
    ],
  ]

  it.each(malformed)('refuses %s with a PolicyError', (_, program) => {
    const error = thrown(() => checkPassword(withProgram(program), 'Abc'))
    expect(error).toBeInstanceOf(PolicyError)
    expect((error as PolicyError).issues[0]!.path).toEqual(['rules', 0, 'program'])
  })

  it('refuses stateful or unknown flags in the rule', () => {
    const policy = served() as unknown as { rules: Record<string, unknown>[] }
    policy.rules[0]!.flags = 'g'
    expect(() => checkPassword(policy as unknown as Policy, 'A')).toThrow(/malformed program/)
  })

  it('runs any well-formed program within its bounds, in linear time', () => {
    // Every state a fork to every other: the densest program the bounds admit still answers.
    const size = 100
    const states = Array.from({ length: size }, (_, i) =>
      i % 2 ? '[a]' : Array.from({ length: size }, (_, j) => j),
    )
    const dense: PatternProgram = { format: 1, states }
    const started = performance.now()
    expect(checkPassword(withProgram(dense), `${'a'.repeat(1024)}!`).checks[0]!.met).toBe(true)
    expect(performance.now() - started).toBeLessThan(5_000)
    // A chain of moves as long as the bound allows.
    const chain = Array.from({ length: MAX_PROGRAM }, (_, i): number[] => [i + 1])
    expect(checkPassword(withProgram({ format: 1, states: chain }), 'x').checks[0]!.met).toBe(true)
  })
})
