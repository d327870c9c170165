import { describe, expect, expectTypeOf, it } from 'vitest'
import {
  ConfigError,
  FlowError,
  InputError,
  isSesameError,
  PolicyError,
  ResetTokenError,
  SesameError,
} from '../src/errors'

describe('errors', () => {
  it('carry a stable code, a name and the cause', () => {
    const cause = new Error('root')
    const err = new ResetTokenError('expired', 'token expired', { cause })
    expect(err).toBeInstanceOf(SesameError)
    expect(err).toBeInstanceOf(Error)
    expect(err.code).toBe('expired')
    expect(err.name).toBe('ResetTokenError')
    expect(err.cause).toBe(cause)
    expect(err.message).toBe('token expired')
  })

  it('each subclass pins its code', () => {
    expect(new PolicyError('bad', [{ path: ['rules', 0], message: 'x' }]).code).toBe(
      'invalid_policy',
    )
    expect(new InputError('bad').code).toBe('invalid_input')
    expect(new ConfigError('bad').code).toBe('invalid_config')
    expect(new FlowError('bad').code).toBe('invalid_transition')
  })

  it('isSesameError recognises errors by name and code, not by identity', () => {
    const foreign = Object.assign(new Error('from another copy'), {
      name: 'ResetTokenError',
      code: 'stale',
    })
    expect(isSesameError(foreign)).toBe(true)
    expect(isSesameError(foreign, 'stale')).toBe(true)
    expect(isSesameError(foreign, 'expired')).toBe(false)
    expect(isSesameError(new Error('plain'))).toBe(false)
    expect(isSesameError({ name: 'ResetTokenError', code: 'stale' })).toBe(false)
    expect(isSesameError(new InputError('x'), 'invalid_input')).toBe(true)
  })

  it('isSesameError narrows to the class behind the code', () => {
    const error: unknown = new PolicyError('bad', [{ path: ['rules'], message: 'x' }])
    if (isSesameError(error, 'invalid_policy')) {
      expectTypeOf(error).toEqualTypeOf<PolicyError>()
      expect(error.issues).toHaveLength(1)
    } else {
      expect.unreachable('a PolicyError is recognised')
    }
    const tokenError: unknown = new ResetTokenError('stale', 'x')
    if (isSesameError(tokenError, 'stale'))
      expectTypeOf(tokenError).toEqualTypeOf<ResetTokenError>()
    if (isSesameError(tokenError)) expectTypeOf(tokenError).toEqualTypeOf<SesameError>()
  })
})
