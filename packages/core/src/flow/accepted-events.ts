import type { FlowEventType, FlowStep } from './types'

/**
 * Which events each flow state accepts, in the order a UI would usually offer them.
 * `linkVerified` and `linkRejected` are accepted everywhere: a reset link can be opened from any page.
 * Render buttons from it; {@link transition} throws a {@link FlowError} for anything else.
 */
export const acceptedEvents = Object.freeze({
  signIn: Object.freeze([
    'signInSucceeded',
    'signInRequiresUpdate',
    'signInChallenged',
    'signInNeedsActivation',
    'signInRequiresReset',
    'forgotPassword',
    'linkVerified',
    'linkRejected',
  ] as const),
  challengeRequired: Object.freeze([
    'signInSucceeded',
    'signInRequiresUpdate',
    'signInChallenged',
    'signInNeedsActivation',
    'signInRequiresReset',
    'forgotPassword',
    'backToSignIn',
    'linkVerified',
    'linkRejected',
  ] as const),
  activationRequired: Object.freeze(['backToSignIn', 'linkVerified', 'linkRejected'] as const),
  requestReset: Object.freeze([
    'emailAccepted',
    'emailRejected',
    'backToSignIn',
    'linkVerified',
    'linkRejected',
  ] as const),
  emailSent: Object.freeze([
    'requestNewLink',
    'backToSignIn',
    'linkVerified',
    'linkRejected',
  ] as const),
  chooseNewPassword: Object.freeze([
    'passwordChanged',
    'passwordRejected',
    'backToSignIn',
    'linkVerified',
    'linkRejected',
  ] as const),
  done: Object.freeze(['backToSignIn', 'linkVerified', 'linkRejected'] as const),
  updateRequired: Object.freeze([
    'startUpdate',
    'backToSignIn',
    'linkVerified',
    'linkRejected',
  ] as const),
  linkInvalid: Object.freeze([
    'requestNewLink',
    'backToSignIn',
    'linkVerified',
    'linkRejected',
  ] as const),
}) satisfies { readonly [S in FlowStep]: readonly FlowEventType[] }

/** The event types that a state with step `S` accepts. */
export type AcceptedEventType<S extends FlowStep> = (typeof acceptedEvents)[S][number]

/** True when a state with step `step` accepts events of type `type`. */
export function accepts(step: FlowStep, type: FlowEventType): boolean {
  return (acceptedEvents[step] as readonly FlowEventType[]).includes(type)
}
