import { describe, expectTypeOf, it } from 'vitest'
import {
  type AcceptedEventType,
  acceptedEvents,
  type ChooseNewPasswordState,
  canTransition,
  type FlowEvent,
  type FlowEventOf,
  type FlowEventType,
  type FlowState,
  type FlowStateOf,
  type FlowStep,
  type LinkInvalidReason,
  transition,
} from '../src/flow'
import type { ResetTokenErrorCode as TokenCode } from '../src/tokens'

// Compiles only while every step is handled: adding a state breaks this function's return type.
function title(state: FlowState): string {
  switch (state.step) {
    case 'signIn':
      return 'Me connecter'
    case 'requestReset':
      return state.reason
    case 'emailSent':
      return 'Un message a été envoyé'
    case 'chooseNewPassword':
      return state.expiresAt
    case 'done':
      return String(state.signedIn)
    case 'updateRequired':
      return 'Mettre à jour mon mot de passe'
    case 'linkInvalid':
      return state.reason
    case 'challengeRequired':
      return state.challenge.kind
    case 'activationRequired':
      return 'Activez votre compte'
    default: {
      const unhandled: never = state
      return unhandled
    }
  }
}

// Same for events.
function describeEvent(event: FlowEvent): string {
  switch (event.type) {
    case 'forgotPassword':
    case 'signInSucceeded':
    case 'signInRequiresUpdate':
    case 'signInNeedsActivation':
    case 'signInRequiresReset':
    case 'startUpdate':
    case 'emailAccepted':
    case 'requestNewLink':
    case 'backToSignIn':
      return event.type
    case 'emailRejected':
    case 'linkRejected':
    case 'passwordRejected':
      return event.reason
    case 'linkVerified':
      return event.mode
    case 'signInChallenged':
      return event.challenge.kind
    case 'passwordChanged':
      return String(event.signedIn)
    default: {
      const unhandled: never = event
      return unhandled
    }
  }
}

describe('flow types', () => {
  it('discriminates states by step and events by type', () => {
    expectTypeOf(title).returns.toEqualTypeOf<string>()
    expectTypeOf(describeEvent).returns.toEqualTypeOf<string>()
    expectTypeOf<FlowStep>().toEqualTypeOf<
      | 'signIn'
      | 'requestReset'
      | 'emailSent'
      | 'chooseNewPassword'
      | 'done'
      | 'updateRequired'
      | 'linkInvalid'
      | 'challengeRequired'
      | 'activationRequired'
    >()
    expectTypeOf<FlowStateOf<'chooseNewPassword'>>().toEqualTypeOf<ChooseNewPasswordState>()
    expectTypeOf<FlowEventOf<'linkRejected'>['reason']>().toEqualTypeOf<LinkInvalidReason>()
  })

  it('keeps link reasons in step with the token error codes', () => {
    expectTypeOf<LinkInvalidReason>().toEqualTypeOf<TokenCode>()
  })

  it('types the accepted-events table per step', () => {
    expectTypeOf(acceptedEvents.done).toEqualTypeOf<
      readonly ['backToSignIn', 'linkVerified', 'linkRejected']
    >()
    expectTypeOf<AcceptedEventType<'emailSent'>>().toEqualTypeOf<
      'requestNewLink' | 'backToSignIn' | 'linkVerified' | 'linkRejected'
    >()
    expectTypeOf<AcceptedEventType<FlowStep>>().toEqualTypeOf<FlowEventType>()
  })

  it('types transition and canTransition', () => {
    expectTypeOf(transition).parameters.toEqualTypeOf<[FlowState, FlowEvent]>()
    expectTypeOf(transition).returns.toEqualTypeOf<FlowState>()
    expectTypeOf(canTransition).parameter(1).toEqualTypeOf<FlowEvent | FlowEventType>()
    const misuse = () =>
      // @ts-expect-error an event must carry its payload
      transition({ step: 'signIn' }, { type: 'linkRejected' })
    expectTypeOf(misuse).returns.toEqualTypeOf<FlowState>()
  })
})
