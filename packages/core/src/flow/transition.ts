import { FlowError } from '../errors'
import type { ChallengeDescriptor } from '../wire/problems'
import { accepts } from './accepted-events'
import { isFlowEvent, isFlowState } from './guards'
import type { FlowEvent, FlowEventType, FlowState, LinkInvalidReason } from './types'

/** Where every flow starts: the sign-in page. */
export const initialState: FlowState = Object.freeze({ step: 'signIn' })

/**
 * The state that follows `state` when `event` happens. Pure: `state` is never modified and the
 * result is a new frozen JSON-safe object.
 *
 * @throws {FlowError} `invalid_transition` when `state` does not accept `event` (see
 * {@link acceptedEvents}), or when either one is not well-formed.
 */
export function transition(state: FlowState, event: FlowEvent): FlowState {
  if (!isFlowState(state)) throw new FlowError('Not a flow state.')
  if (!isFlowEvent(event)) throw new FlowError('Not a flow event.')
  if (!accepts(state.step, event.type)) {
    throw new FlowError(`The "${state.step}" step does not accept a "${event.type}" event.`)
  }
  return Object.freeze(next(state, event))
}

/**
 * True when {@link transition} would accept `event` (or, given only an event type, an event of
 * that type) in `state`. Never throws.
 */
export function canTransition(state: FlowState, event: FlowEvent | FlowEventType): boolean {
  if (!isFlowState(state)) return false
  if (typeof event === 'string') return accepts(state.step, event)
  return isFlowEvent(event) && accepts(state.step, event.type)
}

// The `acceptedEvents` check already ran; a state-dependent case that finds another step falls through to the refusal.
function next(state: FlowState, event: FlowEvent): FlowState {
  switch (event.type) {
    case 'forgotPassword':
      return { step: 'requestReset', reason: 'forgotPassword', error: null }
    case 'startUpdate':
      return { step: 'requestReset', reason: 'updateRequired', error: null }
    case 'requestNewLink':
      return { step: 'requestReset', reason: 'newLink', error: null }
    case 'signInSucceeded':
      return { step: 'done', signedIn: true, passwordChanged: false }
    case 'signInRequiresUpdate':
      return { step: 'updateRequired' }
    case 'signInChallenged':
      return { step: 'challengeRequired', challenge: copyChallenge(event.challenge) }
    case 'signInNeedsActivation':
      return { step: 'activationRequired' }
    case 'signInRequiresReset':
      return { step: 'requestReset', reason: 'resetRequired', error: null }
    case 'emailAccepted':
      if (state.step !== 'requestReset') break
      return { step: 'emailSent', reason: state.reason }
    case 'emailRejected':
      if (state.step !== 'requestReset') break
      return { step: 'requestReset', reason: state.reason, error: event.reason }
    case 'linkVerified':
      return {
        step: 'chooseNewPassword',
        mode: event.mode,
        expiresAt: new Date(event.expiresAt).toISOString(),
        error: null,
      }
    case 'linkRejected':
      return { step: 'linkInvalid', reason: event.reason, suggestion: suggestionFor(event.reason) }
    case 'passwordChanged':
      return { step: 'done', signedIn: event.signedIn, passwordChanged: true }
    case 'passwordRejected':
      if (state.step !== 'chooseNewPassword') break
      return { ...state, error: event.reason }
    case 'backToSignIn':
      return { step: 'signIn' }
  }
  throw new FlowError(`The "${state.step}" step does not accept a "${event.type}" event.`)
}

// A frozen copy of only the descriptor's own members, so the state stays plain JSON.
function copyChallenge(challenge: ChallengeDescriptor): ChallengeDescriptor {
  return challenge.data === undefined
    ? Object.freeze({ kind: challenge.kind })
    : Object.freeze({ kind: challenge.kind, data: Object.freeze({ ...challenge.data }) })
}

// A stale link means the password changed since it was sent: most often this link was already used.
function suggestionFor(reason: LinkInvalidReason): 'signIn' | 'requestNewLink' {
  return reason === 'stale' ? 'signIn' : 'requestNewLink'
}
