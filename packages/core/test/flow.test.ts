import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  acceptedEvents,
  canTransition,
  FlowError,
  type FlowEvent,
  type FlowEventType,
  type FlowState,
  type FlowStep,
  initialState,
  isFlowEvent,
  isFlowState,
  isSesameError,
  transition,
} from '../src/flow'
import { thrown } from './thrown'

const EXPIRES = '2026-11-27T11:40:00.000Z'

const states: Record<FlowStep, FlowState> = {
  signIn: { step: 'signIn' },
  requestReset: { step: 'requestReset', reason: 'updateRequired', error: null },
  emailSent: { step: 'emailSent', reason: 'forgotPassword' },
  chooseNewPassword: { step: 'chooseNewPassword', mode: 'update', expiresAt: EXPIRES, error: null },
  done: { step: 'done', signedIn: false, passwordChanged: true },
  updateRequired: { step: 'updateRequired' },
  linkInvalid: { step: 'linkInvalid', reason: 'expired', suggestion: 'requestNewLink' },
  challengeRequired: { step: 'challengeRequired', challenge: { kind: 'totp' } },
  activationRequired: { step: 'activationRequired' },
}

const CAPTCHA = { kind: 'captcha', data: { siteKey: 'k', invisible: false, ttl: 60, hint: null } }

const events: Record<FlowEventType, FlowEvent> = {
  forgotPassword: { type: 'forgotPassword' },
  signInSucceeded: { type: 'signInSucceeded' },
  signInRequiresUpdate: { type: 'signInRequiresUpdate' },
  signInChallenged: { type: 'signInChallenged', challenge: CAPTCHA },
  signInNeedsActivation: { type: 'signInNeedsActivation' },
  signInRequiresReset: { type: 'signInRequiresReset' },
  startUpdate: { type: 'startUpdate' },
  emailAccepted: { type: 'emailAccepted' },
  emailRejected: { type: 'emailRejected', reason: 'rate_limited' },
  linkVerified: { type: 'linkVerified', mode: 'reset', expiresAt: new Date(EXPIRES) },
  linkRejected: { type: 'linkRejected', reason: 'stale' },
  passwordChanged: { type: 'passwordChanged', signedIn: true },
  passwordRejected: { type: 'passwordRejected', reason: 'policy' },
  requestNewLink: { type: 'requestNewLink' },
  backToSignIn: { type: 'backToSignIn' },
}

const steps = Object.keys(states) as FlowStep[]
const eventTypes = Object.keys(events) as FlowEventType[]

// The expected target of every accepted (state, event) pair, written out by hand.
const expected: { [S in FlowStep]: Partial<Record<FlowEventType, FlowState>> } = {
  signIn: {
    signInSucceeded: { step: 'done', signedIn: true, passwordChanged: false },
    signInRequiresUpdate: { step: 'updateRequired' },
    signInChallenged: { step: 'challengeRequired', challenge: CAPTCHA },
    signInNeedsActivation: { step: 'activationRequired' },
    signInRequiresReset: { step: 'requestReset', reason: 'resetRequired', error: null },
    forgotPassword: { step: 'requestReset', reason: 'forgotPassword', error: null },
  },
  challengeRequired: {
    signInSucceeded: { step: 'done', signedIn: true, passwordChanged: false },
    signInRequiresUpdate: { step: 'updateRequired' },
    signInChallenged: { step: 'challengeRequired', challenge: CAPTCHA },
    signInNeedsActivation: { step: 'activationRequired' },
    signInRequiresReset: { step: 'requestReset', reason: 'resetRequired', error: null },
    forgotPassword: { step: 'requestReset', reason: 'forgotPassword', error: null },
    backToSignIn: { step: 'signIn' },
  },
  activationRequired: { backToSignIn: { step: 'signIn' } },
  requestReset: {
    emailAccepted: { step: 'emailSent', reason: 'updateRequired' },
    emailRejected: { step: 'requestReset', reason: 'updateRequired', error: 'rate_limited' },
    backToSignIn: { step: 'signIn' },
  },
  emailSent: {
    requestNewLink: { step: 'requestReset', reason: 'newLink', error: null },
    backToSignIn: { step: 'signIn' },
  },
  chooseNewPassword: {
    passwordChanged: { step: 'done', signedIn: true, passwordChanged: true },
    passwordRejected: {
      step: 'chooseNewPassword',
      mode: 'update',
      expiresAt: EXPIRES,
      error: 'policy',
    },
    backToSignIn: { step: 'signIn' },
  },
  done: { backToSignIn: { step: 'signIn' } },
  updateRequired: {
    startUpdate: { step: 'requestReset', reason: 'updateRequired', error: null },
    backToSignIn: { step: 'signIn' },
  },
  linkInvalid: {
    requestNewLink: { step: 'requestReset', reason: 'newLink', error: null },
    backToSignIn: { step: 'signIn' },
  },
}
for (const step of steps) {
  // A reset link can be opened from any page.
  expected[step].linkVerified = {
    step: 'chooseNewPassword',
    mode: 'reset',
    expiresAt: EXPIRES,
    error: null,
  }
  expected[step].linkRejected = { step: 'linkInvalid', reason: 'stale', suggestion: 'signIn' }
}

describe('initialState', () => {
  it('is the sign-in page', () => {
    expect(initialState).toEqual({ step: 'signIn' })
    expect(isFlowState(initialState)).toBe(true)
  })
})

describe('acceptedEvents', () => {
  it('lists, for each state, exactly the events with an expected transition', () => {
    for (const step of steps) {
      expect([...acceptedEvents[step]].sort()).toEqual(Object.keys(expected[step]).sort())
    }
  })

  it('has no duplicates and is frozen', () => {
    expect(Object.isFrozen(acceptedEvents)).toBe(true)
    for (const step of steps) {
      expect(new Set(acceptedEvents[step]).size).toBe(acceptedEvents[step].length)
      expect(Object.isFrozen(acceptedEvents[step])).toBe(true)
    }
  })
})

describe('transition', () => {
  for (const step of steps) {
    for (const type of eventTypes) {
      const target = expected[step][type]
      if (target) {
        it(`${step} --${type}--> ${target.step}`, () => {
          const state = structuredClone(states[step])
          const before = JSON.stringify(state)
          const result = transition(state, events[type])
          expect(result).toEqual(target)
          expect(isFlowState(result)).toBe(true)
          expect(Object.isFrozen(result)).toBe(true)
          expect(JSON.stringify(state)).toBe(before)
          expect(canTransition(states[step], type)).toBe(true)
          expect(canTransition(states[step], events[type])).toBe(true)
        })
      } else {
        it(`${step} refuses ${type}`, () => {
          const error = thrown(() => transition(states[step], events[type]))
          expect(error).toBeInstanceOf(FlowError)
          expect(isSesameError(error, 'invalid_transition')).toBe(true)
          expect((error as Error).message).toContain(step)
          expect((error as Error).message).toContain(type)
          expect(canTransition(states[step], type)).toBe(false)
          expect(canTransition(states[step], events[type])).toBe(false)
        })
      }
    }
  }

  it('suggests asking for a new link for every refused link but a stale one', () => {
    for (const reason of ['expired', 'invalid', 'malformed', 'wrong_purpose'] as const) {
      expect(transition(initialState, { type: 'linkRejected', reason })).toEqual({
        step: 'linkInvalid',
        reason,
        suggestion: 'requestNewLink',
      })
    }
  })

  it('keeps why the email form was opened through a refusal', () => {
    const refused = transition(transition(initialState, { type: 'forgotPassword' }), {
      type: 'emailRejected',
      reason: 'invalid_email',
    })
    expect(refused).toEqual({
      step: 'requestReset',
      reason: 'forgotPassword',
      error: 'invalid_email',
    })
    expect(transition(refused, { type: 'emailAccepted' })).toEqual({
      step: 'emailSent',
      reason: 'forgotPassword',
    })
  })

  it('stores a string expiry as an ISO 8601 string', () => {
    const state = transition(initialState, {
      type: 'linkVerified',
      mode: 'update',
      expiresAt: 'Fri, 27 Nov 2026 11:40:00 GMT',
    })
    expect(state).toMatchObject({ expiresAt: EXPIRES, mode: 'update' })
  })

  it('walks the seed: forgotten password, email, link, new password, signed in', () => {
    const walk: FlowEvent[] = [
      { type: 'forgotPassword' },
      { type: 'emailAccepted' },
      { type: 'linkVerified', mode: 'reset', expiresAt: EXPIRES },
      { type: 'passwordRejected', reason: 'mismatch' },
      { type: 'passwordChanged', signedIn: true },
    ]
    const end = walk.reduce<FlowState>(transition, initialState)
    expect(end).toEqual({ step: 'done', signedIn: true, passwordChanged: true })
  })

  it('walks a migrated account: sign-in, update required, link, new password', () => {
    const walk: FlowEvent[] = [
      { type: 'signInRequiresUpdate' },
      { type: 'startUpdate' },
      { type: 'emailAccepted' },
      { type: 'linkVerified', mode: 'update', expiresAt: EXPIRES },
      { type: 'passwordChanged', signedIn: false },
      { type: 'backToSignIn' },
      { type: 'signInSucceeded' },
    ]
    const end = walk.reduce<FlowState>(transition, initialState)
    expect(end).toEqual({ step: 'done', signedIn: true, passwordChanged: false })
  })

  it('refuses a malformed state or event with a FlowError', () => {
    const badStates = [null, {}, { step: 'nowhere' }, { step: 'signIn', extra: 1 }]
    for (const state of badStates) {
      expect(thrown(() => transition(state as FlowState, events.backToSignIn))).toBeInstanceOf(
        FlowError,
      )
      expect(canTransition(state as FlowState, 'backToSignIn')).toBe(false)
    }
    const badEvents = [
      null,
      'backToSignIn',
      { type: 'explode' },
      { type: 'linkVerified', mode: 'reset', expiresAt: 'not a date' },
      { type: 'linkVerified', mode: 'reset', expiresAt: new Date(Number.NaN) },
      { type: 'linkVerified', mode: 'sideways', expiresAt: EXPIRES },
      { type: 'linkRejected', reason: 'bored' },
      { type: 'passwordChanged' },
      { type: 'emailRejected', reason: 'unknown_account' },
      { type: 'passwordRejected' },
    ]
    for (const event of badEvents) {
      expect(isFlowEvent(event)).toBe(false)
      expect(thrown(() => transition(initialState, event as FlowEvent))).toBeInstanceOf(FlowError)
    }
    expect(canTransition(initialState, { type: 'linkRejected', reason: 'bored' } as never)).toBe(
      false,
    )
  })
})

describe('JSON', () => {
  it('every reachable state survives a JSON round trip and is recognised', () => {
    for (const step of steps) {
      for (const type of acceptedEvents[step]) {
        const result = transition(states[step], events[type])
        const back: unknown = JSON.parse(JSON.stringify(result))
        expect(back).toEqual(result)
        expect(isFlowState(back)).toBe(true)
      }
    }
  })

  it('any sequence of accepted events keeps the state JSON-safe', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 20 }), (choices) => {
        let state: FlowState = initialState
        for (const choice of choices) {
          const options = acceptedEvents[state.step]
          const type = options[choice % options.length] as FlowEventType
          state = transition(state, events[type])
          const back: unknown = JSON.parse(JSON.stringify(state))
          expect(back).toEqual(state)
          expect(isFlowState(back)).toBe(true)
        }
      }),
      { numRuns: 200 },
    )
  })

  it('isFlowState refuses missing, extra and ill-typed fields', () => {
    const bad: unknown[] = [
      undefined,
      [],
      'signIn',
      { step: 'signIn', error: null },
      { step: 'requestReset', reason: 'forgotPassword' },
      { step: 'requestReset', reason: 'forgotPassword', error: 'boom' },
      { step: 'requestReset', reason: 'whim', error: null },
      { step: 'emailSent' },
      { step: 'chooseNewPassword', mode: 'reset', expiresAt: '2026-11-27', error: null },
      { step: 'chooseNewPassword', mode: 'reset', expiresAt: 0, error: null },
      { step: 'chooseNewPassword', mode: 'other', expiresAt: EXPIRES, error: null },
      { step: 'chooseNewPassword', mode: 'reset', expiresAt: EXPIRES, error: 'nope' },
      { step: 'done', signedIn: 'yes', passwordChanged: false },
      { step: 'done', signedIn: true },
      { step: 'updateRequired', expiresAt: EXPIRES },
      { step: 'linkInvalid', reason: 'expired' },
      { step: 'linkInvalid', reason: 'gone', suggestion: 'signIn' },
      { step: 'linkInvalid', reason: 'expired', suggestion: 'panic' },
      { step: 'challengeRequired' },
      { step: 'challengeRequired', challenge: { data: {} } },
      { step: 'challengeRequired', challenge: { kind: 'captcha', data: { nested: {} } } },
      { step: 'challengeRequired', challenge: { kind: 'captcha', extra: 1 } },
      { step: 'challengeRequired', challenge: { kind: 'captcha', data: undefined } },
      { step: 'activationRequired', challenge: CAPTCHA },
    ]
    for (const value of bad) expect(isFlowState(value)).toBe(false)
    for (const state of Object.values(states)) expect(isFlowState(state)).toBe(true)
  })
})
