import { describe, expect, it } from 'vitest'
import {
  CONTEXT_STRING_LIMIT,
  checkPassword,
  InputError,
  isSesameError,
  PolicyError,
  preparePolicy,
  presets,
} from '../src/index'

// biome-ignore lint/suspicious/noExplicitAny: these tests feed wrongly typed values on purpose
const run = (password: any, context?: any) => () => checkPassword(presets.nist, password, context)

describe('bad input', () => {
  it('refuses a non-string password with InputError invalid_input', () => {
    for (const value of [undefined, null, 42, {}, ['a'], Symbol('x')]) {
      expect(run(value)).toThrow(InputError)
    }
    try {
      run(1)()
    } catch (e) {
      expect(isSesameError(e, 'invalid_input')).toBe(true)
    }
  })

  it('refuses a wrongly shaped context', () => {
    for (const context of [
      null,
      'x',
      [],
      { email: 1 },
      { name: {} },
      { userInputs: 'abc' },
      { userInputs: [1] },
      { confirmation: 3 },
    ]) {
      expect(run('password', context), JSON.stringify(context)).toThrow(InputError)
    }
  })

  it('bounds context strings and userInputs', () => {
    expect(run('password', { name: 'x'.repeat(CONTEXT_STRING_LIMIT + 1) })).toThrow(InputError)
    expect(run('password', { userInputs: Array(65).fill('abcd') })).toThrow(InputError)
    expect(run('password', { name: 'x'.repeat(CONTEXT_STRING_LIMIT) })).not.toThrow()
  })

  it('refuses an object that is not a policy, and an unsafe hand-built pattern', () => {
    // biome-ignore lint/suspicious/noExplicitAny: not a policy on purpose
    expect(() => checkPassword({} as any, 'x')).toThrow(InputError)
    const unsafe = {
      version: 1 as const,
      rules: [
        {
          type: 'pattern' as const,
          id: 'p',
          source: '(?=a)',
          flags: '',
          mustMatch: true,
          messages: { en: 'x' },
        },
      ],
    }
    // Without a program it is refused, with the path and what to call, rather than guessed.
    expect(() => checkPassword(unsafe, 'aaaa')).toThrow(PolicyError)
    expect(() => checkPassword(unsafe, 'aaaa')).toThrow(/rules\.0\.program: no program/)
    // preparePolicy compiles it, and refuses the source.
    expect(() => preparePolicy(unsafe)).toThrow(/rules\.0\.source: unsupported pattern/)
  })
})
