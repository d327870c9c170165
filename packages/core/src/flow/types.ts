import type { ResetTokenErrorCode } from '../errors'
import type { ChallengeDescriptor } from '../wire/problems'

/** Why the user is choosing a new password: a forgotten one, or a migrated account's required update. */
export type PasswordChangeMode = 'reset' | 'update'

/** Why a reset link was refused: the `code` of the `ResetTokenError` its verification threw. */
export type LinkInvalidReason = ResetTokenErrorCode

/** How the user reached the "enter your email" page; UIs pick the page's title from it. */
export type RequestResetReason = 'forgotPassword' | 'updateRequired' | 'newLink' | 'resetRequired'

/** Why the server refused the email form (the account's existence is never a reason). */
export type RequestResetError = 'invalid_email' | 'rate_limited' | 'unavailable'

/** Why the server refused the new password. */
export type ChooseNewPasswordError = 'policy' | 'mismatch' | 'rate_limited' | 'unavailable'

/**
 * What a user facing a refused link should do: sign in (a `stale` link means the password has
 * changed since it was sent, most often because this very link was already used) or ask for a new link.
 */
export type LinkInvalidSuggestion = 'signIn' | 'requestNewLink'

/** The sign-in page ("Me connecter"): the flow's start. */
export interface SignInState {
  readonly step: 'signIn'
}

/** The "Mot de passe oublié ?" page: the user enters their email. */
export interface RequestResetState {
  readonly step: 'requestReset'
  /** How the user got here. */
  readonly reason: RequestResetReason
  /** The server's refusal of the last submission, or `null`. */
  readonly error: RequestResetError | null
}

/** "Un message a été envoyé": shown whether or not the account exists. */
export interface EmailSentState {
  readonly step: 'emailSent'
  /** How the user reached the email form. */
  readonly reason: RequestResetReason
}

/** "Nouveau mot de passe" + confirmation, reached through a verified link. */
export interface ChooseNewPasswordState {
  readonly step: 'chooseNewPassword'
  /** A forgotten password, or a migrated account's required update. */
  readonly mode: PasswordChangeMode
  /** When the link stops working, as an ISO 8601 string (JSON-safe). */
  readonly expiresAt: string
  /** The server's refusal of the last submission, or `null`. */
  readonly error: ChooseNewPasswordError | null
}

/** The end of the flow: signed in ("Vous êtes à présent connecté"), or asked to sign in. */
export interface DoneState {
  readonly step: 'done'
  /** The server opened a session. */
  readonly signedIn: boolean
  /** The password was changed on the way here. */
  readonly passwordChanged: boolean
}

/** A migrated account's first sign-in: it must set a new password before it may enter. */
export interface UpdateRequiredState {
  readonly step: 'updateRequired'
}

/** Past the per-account threshold of wrong passwords: the sign-in form shows the app's challenge. */
export interface ChallengeRequiredState {
  readonly step: 'challengeRequired'
  /** What the server's `challenge_required` problem carried (a CAPTCHA's site key...). */
  readonly challenge: ChallengeDescriptor
}

/** The right password of an account whose email is not verified yet: open the activation email. */
export interface ActivationRequiredState {
  readonly step: 'activationRequired'
}

/** The link was refused; the user may ask for a new one. */
export interface LinkInvalidState {
  readonly step: 'linkInvalid'
  /** Why the link was refused. */
  readonly reason: LinkInvalidReason
  /** What the UI should offer first. */
  readonly suggestion: LinkInvalidSuggestion
}

/**
 * A reset, an activation or an invitation succeeded for an account with a second factor: no
 * session yet, the app's own step (TOTP, WebAuthn...) comes next, described by `secondFactor`.
 */
export interface SecondFactorRequiredState {
  readonly step: 'secondFactorRequired'
  /** What the app's second step needs (its kind and JSON data), as the server sent it. */
  readonly secondFactor: ChallengeDescriptor
  /** The password was changed on the way here (a reset, an invitation accepted). */
  readonly passwordChanged: boolean
}

/** Where the user is in the flow: a plain JSON object discriminated by `step`. */
export type FlowState =
  | SignInState
  | RequestResetState
  | EmailSentState
  | ChooseNewPasswordState
  | DoneState
  | UpdateRequiredState
  | LinkInvalidState
  | ChallengeRequiredState
  | ActivationRequiredState
  | SecondFactorRequiredState

/** The user clicked "Mot de passe oublié ?". */
export interface ForgotPasswordEvent {
  readonly type: 'forgotPassword'
}

/** The server accepted the credentials and opened a session. */
export interface SignInSucceededEvent {
  readonly type: 'signInSucceeded'
}

/** The server accepted the credentials of a migrated account that must first set a new password. */
export interface SignInRequiresUpdateEvent {
  readonly type: 'signInRequiresUpdate'
}

/** The server asked for a challenge before it checks the password (`challenge_required`). */
export interface SignInChallengedEvent {
  readonly type: 'signInChallenged'
  /** The problem's `challenge`. */
  readonly challenge: ChallengeDescriptor
}

/** The server accepted the password of an account whose email is not verified (`activation_required`). */
export interface SignInNeedsActivationEvent {
  readonly type: 'signInNeedsActivation'
}

/** The account has no usable password: only forgot-password helps (`password_reset_required`). */
export interface SignInRequiresResetEvent {
  readonly type: 'signInRequiresReset'
}

/** A migrated account asked for the email link that lets it set its new password. */
export interface StartUpdateEvent {
  readonly type: 'startUpdate'
}

/** The server accepted the email form (it answers the same whether or not the account exists). */
export interface EmailAcceptedEvent {
  readonly type: 'emailAccepted'
}

/** The server refused the email form. */
export interface EmailRejectedEvent {
  readonly type: 'emailRejected'
  /** Why it was refused. */
  readonly reason: RequestResetError
}

/** A link (or an update grant given at sign-in) was verified by the server. */
export interface LinkVerifiedEvent {
  readonly type: 'linkVerified'
  /** A forgotten password, or a migrated account's required update. */
  readonly mode: PasswordChangeMode
  /** When the link stops working (a `Date` is stored as its ISO 8601 string). */
  readonly expiresAt: string | Date
}

/** A link was refused, when opened or when the new password was submitted. */
export interface LinkRejectedEvent {
  readonly type: 'linkRejected'
  /** The `code` of the `ResetTokenError`. */
  readonly reason: LinkInvalidReason
}

/** The server stored the new password. */
export interface PasswordChangedEvent {
  readonly type: 'passwordChanged'
  /** The server also opened a session. */
  readonly signedIn: boolean
}

/** The server refused the new password (the link itself was fine). */
export interface PasswordRejectedEvent {
  readonly type: 'passwordRejected'
  /** Why it was refused. */
  readonly reason: ChooseNewPasswordError
}

/** The user asked for a new link (the last one was refused, or never arrived). */
export interface RequestNewLinkEvent {
  readonly type: 'requestNewLink'
}

/** The user went back to the sign-in page. */
export interface BackToSignInEvent {
  readonly type: 'backToSignIn'
}

/** The server answered `second_factor_required`: the step succeeded but opened no session. */
export interface SecondFactorRequiredEvent {
  readonly type: 'secondFactorRequired'
  /** The problem's `secondFactor` member. */
  readonly secondFactor: ChallengeDescriptor
  /** The password was changed by the step that asked for it. */
  readonly passwordChanged: boolean
}

/** The app's second factor was verified and the session opened. */
export interface SecondFactorVerifiedEvent {
  readonly type: 'secondFactorVerified'
}

/** Something the user did or the server answered: a plain object discriminated by `type`. */
export type FlowEvent =
  | ForgotPasswordEvent
  | SignInSucceededEvent
  | SignInRequiresUpdateEvent
  | SignInChallengedEvent
  | SignInNeedsActivationEvent
  | SignInRequiresResetEvent
  | StartUpdateEvent
  | EmailAcceptedEvent
  | EmailRejectedEvent
  | LinkVerifiedEvent
  | LinkRejectedEvent
  | PasswordChangedEvent
  | PasswordRejectedEvent
  | RequestNewLinkEvent
  | BackToSignInEvent
  | SecondFactorRequiredEvent
  | SecondFactorVerifiedEvent

/** The name of a flow state. */
export type FlowStep = FlowState['step']

/** The name of a flow event. */
export type FlowEventType = FlowEvent['type']

/** The flow state whose `step` is `S`. */
export type FlowStateOf<S extends FlowStep> = Extract<FlowState, { readonly step: S }>

/** The flow event whose `type` is `T`. */
export type FlowEventOf<T extends FlowEventType> = Extract<FlowEvent, { readonly type: T }>
