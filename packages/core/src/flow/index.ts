/**
 * `@sesame/core/flow`: the set-or-reset-your-password flow as a typed state machine.
 *
 * Pure and JSON-serialisable, so the browser and the server agree on where the user is:
 * `signIn → requestReset → emailSent → chooseNewPassword → done`, plus `updateRequired`
 * (a migrated account's first sign-in), `challengeRequired` (past the wrong-password threshold),
 * `activationRequired`, `linkInvalid` and `secondFactorRequired` (a reset or an activation of an
 * account with a second factor: no session until the app's own step).
 *
 * @packageDocumentation
 */
export { FlowError, isSesameError } from '../errors'
export { type AcceptedEventType, acceptedEvents } from './accepted-events'
export { isFlowEvent, isFlowState } from './guards'
export { canTransition, initialState, transition } from './transition'
export type {
  ActivationRequiredState,
  BackToSignInEvent,
  ChallengeRequiredState,
  ChooseNewPasswordError,
  ChooseNewPasswordState,
  DoneState,
  EmailAcceptedEvent,
  EmailRejectedEvent,
  EmailSentState,
  FlowEvent,
  FlowEventOf,
  FlowEventType,
  FlowState,
  FlowStateOf,
  FlowStep,
  ForgotPasswordEvent,
  LinkInvalidReason,
  LinkInvalidState,
  LinkInvalidSuggestion,
  LinkRejectedEvent,
  LinkVerifiedEvent,
  PasswordChangedEvent,
  PasswordChangeMode,
  PasswordRejectedEvent,
  RequestNewLinkEvent,
  RequestResetError,
  RequestResetReason,
  RequestResetState,
  SecondFactorRequiredEvent,
  SecondFactorRequiredState,
  SecondFactorVerifiedEvent,
  SignInChallengedEvent,
  SignInNeedsActivationEvent,
  SignInRequiresResetEvent,
  SignInRequiresUpdateEvent,
  SignInState,
  SignInSucceededEvent,
  StartUpdateEvent,
  UpdateRequiredState,
} from './types'
