// Type-level tests of the Check union (checked by `tsc`, as zod's are): each member carries only
// its own rule's fields, and narrowing on `type` reaches them.
import { describe, expectTypeOf, it } from 'vitest'
import {
  type AnyOfCheck,
  type AsyncCheck,
  type Check,
  type CheckOf,
  type CheckResult,
  checkPassword,
  type LengthCheck,
  type PathCheck,
  presets,
  type RuleType,
  type SyncCheck,
  type WellFormedCheck,
} from '../src/index'

// Compiles only while every rule type is handled: adding a rule type breaks the return type.
function describeCheck(check: Check): string {
  switch (check.type) {
    case 'length':
      return check.tooLong ? `at most ${check.max}` : `${check.required} characters`
    case 'anyOf':
      return `path ${check.nearest} of ${check.paths.length}`
    case 'notCommon':
    case 'strength':
    case 'notBreached':
      return check.pending ? 'checking…' : String(check.met)
    case 'lowercase':
    case 'uppercase':
    case 'digits':
    case 'letters':
    case 'special':
    case 'maxRepeated':
    case 'notContextual':
    case 'pattern':
    case 'match':
      return String(check.met)
    case 'wellFormed':
      return `${check.actual} refused`
  }
}

describe('Check', () => {
  it('is a union keyed on the rule type, plus the implicit wellFormed check', () => {
    expectTypeOf<Check['type']>().toEqualTypeOf<RuleType | 'wellFormed'>()
    expectTypeOf<Exclude<Check['type'], RuleType>>().toEqualTypeOf<'wellFormed'>()
    expectTypeOf<CheckResult['checks']>().toEqualTypeOf<readonly Check[]>()
    expectTypeOf(checkPassword(presets.classic, 'x').checks[0]).toEqualTypeOf<Check | undefined>()
    expectTypeOf(describeCheck).returns.toBeString()
  })

  it('narrows to the member of the rule type', () => {
    expectTypeOf<CheckOf<'length'>>().toEqualTypeOf<LengthCheck>()
    expectTypeOf<CheckOf<'anyOf'>>().toEqualTypeOf<AnyOfCheck>()
    expectTypeOf<CheckOf<'digits'>>().toEqualTypeOf<SyncCheck<'digits'>>()
    expectTypeOf<CheckOf<'strength'>>().toEqualTypeOf<AsyncCheck<'strength'>>()
    expectTypeOf<CheckOf<'wellFormed'>>().toEqualTypeOf<WellFormedCheck>()
    const check = {} as Check
    if (check.type === 'wellFormed') {
      expectTypeOf(check.id).toEqualTypeOf<'wellFormed'>()
      expectTypeOf(check.met).toEqualTypeOf<false>()
    }
    if (check.type === 'anyOf') {
      expectTypeOf(check.paths).toEqualTypeOf<readonly PathCheck[]>()
      expectTypeOf(check.nearest).toBeNumber()
    }
    if (check.type === 'length') {
      expectTypeOf(check.max).toEqualTypeOf<number | undefined>()
      expectTypeOf(check.tooLong).toEqualTypeOf<boolean | undefined>()
    }
  })

  it('gives each member only its own fields', () => {
    expectTypeOf<LengthCheck>().not.toHaveProperty('paths')
    expectTypeOf<LengthCheck>().not.toHaveProperty('pending')
    expectTypeOf<SyncCheck<'digits'>>().not.toHaveProperty('max')
    expectTypeOf<SyncCheck<'digits'>>().not.toHaveProperty('nearest')
    expectTypeOf<AsyncCheck<'notBreached'>>().toHaveProperty('pending')
    expectTypeOf<AnyOfCheck>().not.toHaveProperty('tooLong')
    expectTypeOf<WellFormedCheck>().not.toHaveProperty('pending')
    expectTypeOf<WellFormedCheck>().not.toHaveProperty('paths')
    // Rules decided by the password alone are never pending.
    expectTypeOf<SyncCheck<'pattern'>['met']>().toEqualTypeOf<boolean>()
    expectTypeOf<AsyncCheck<'notCommon'>['met']>().toEqualTypeOf<boolean | null>()
    expectTypeOf<AnyOfCheck['met']>().toEqualTypeOf<boolean | null>()
  })

  it('rejects a field on the wrong member', () => {
    const check = {} as Check
    if (check.type === 'digits') {
      // @ts-expect-error a digits check has no paths
      void check.paths
    }
  })
})
