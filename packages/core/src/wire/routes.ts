import type { Policy } from '../policy/types'

/** `POST /forgot-password` body. */
export interface ForgotPasswordRequest {
  /** The account's email, as typed (normalised by the server). */
  readonly email: string
  /** The language of the email; the request's `Accept-Language` otherwise. */
  readonly locale?: string
}

/** `POST /forgot-password` answer (202), the same whether or not the account exists. */
export interface ForgotPasswordResponse {
  /** Always `'accepted'`. */
  readonly status: 'accepted'
}

/** `POST /reset-password/verify` body. */
export interface VerifyResetTokenRequest {
  /** The link's token. */
  readonly token: string
}

/** `POST /reset-password/verify` answer (200); a refused token is a `token_*` problem. */
export interface VerifyResetTokenResponse {
  /** Always `true`: a refused token is a problem, not this body. */
  readonly usable: true
  /** `'reset'` for emailed links, `'update'` for a migrated account's required update. */
  readonly purpose: string
  /** When the link stops working (ISO 8601). */
  readonly expiresAt: string
}

/** `POST /reset-password` body with the link's (or the update) token. */
export interface ResetPasswordWithTokenRequest {
  /** The link's (or the update) token. */
  readonly token: string
  /** The new password. */
  readonly password: string
  /** The new password again. */
  readonly confirmation: string
}

/** `POST /reset-password` body with the code of the reset email, for the address it was sent to. */
export interface ResetPasswordWithCodeRequest {
  /** The address the reset email was sent to, as typed. */
  readonly email: string
  /** The email's one-time code (digits only). */
  readonly code: string
  /** The new password. */
  readonly password: string
  /** The new password again. */
  readonly confirmation: string
}

/** `POST /reset-password` body: a token, or an email and its code. */
export type ResetPasswordRequest = ResetPasswordWithTokenRequest | ResetPasswordWithCodeRequest

/** `POST /reset-password` answer (200). */
export interface ResetPasswordResponse {
  /** Always `'password_changed'`. */
  readonly status: 'password_changed'
  /** The server also opened a session. */
  readonly signedIn: boolean
}

/** `POST /sign-in` body. */
export interface SignInRequest {
  /** The account's email, as typed. */
  readonly email: string
  /** The password. */
  readonly password: string
  /** A longer-lived session (the app's adapter decides what it means). */
  readonly remember?: boolean
  /** The answer to a `challenge_required` problem (a CAPTCHA token...), checked by the app's hook. */
  readonly challenge?: string
}

/** `POST /sign-in` answer (200); every other outcome is a problem. */
export interface SignInResponse {
  /** Always `'signed_in'`. */
  readonly status: 'signed_in'
}

/** `POST /change-password` body (signed in). */
export interface ChangePasswordRequest {
  /** The password in use now. */
  readonly currentPassword: string
  /** The new password. */
  readonly password: string
  /** The new password again. */
  readonly confirmation: string
  /** The answer to a `challenge_required` problem, as at sign-in. */
  readonly challenge?: string
}

/** `POST /change-password` answer (200). */
export interface ChangePasswordResponse {
  /** Always `'password_changed'`. */
  readonly status: 'password_changed'
  /** Whether the account's other sessions were ended. */
  readonly otherSessionsRevoked: boolean
}

/** `POST /sign-up` body. */
export interface SignUpRequest {
  /** The new account's email. */
  readonly email: string
  /** Its password. */
  readonly password: string
  /** The password again. */
  readonly confirmation: string
  /** The name to greet the user with (plain text; never a link or markup in an email). */
  readonly name?: string
  /** The language of the emails; the request's `Accept-Language` otherwise. */
  readonly locale?: string
}

/** `POST /sign-up` answer (202), the same whether or not the email already has an account. */
export interface SignUpResponse {
  /** Always `'accepted'`: the activation (or "you already have an account") email is on its way. */
  readonly status: 'accepted'
}

/** `POST /activate` body: the token of a sign-up's activation link. */
export interface ActivateRequest {
  /** The link's token. */
  readonly token: string
}

/** `POST /activate` answer (200); `second_factor_required` when the account has one. */
export interface ActivateResponse {
  /** Always `'activated'`. */
  readonly status: 'activated'
  /** The server also opened a session. */
  readonly signedIn: boolean
}

/** `POST /accept-invitation` body: an invitation link's token and the first password. */
export interface AcceptInvitationRequest {
  /** The invitation link's token (purpose `invite`). */
  readonly token: string
  /** The first password. */
  readonly password: string
  /** The password again. */
  readonly confirmation: string
}

/** `POST /accept-invitation` answer (200); `second_factor_required` when the account has one. */
export interface AcceptInvitationResponse {
  /** Always `'password_set'`. */
  readonly status: 'password_set'
  /** The server also opened a session. */
  readonly signedIn: boolean
}

/** Each route of the wire contract: its method, its path under the mount point, its bodies. */
export interface WireRoutes {
  /** The policy the server enforces. */
  policy: { method: 'GET'; path: '/policy'; request: undefined; response: Policy }
  /** Asks for a reset link. */
  forgotPassword: {
    method: 'POST'
    path: '/forgot-password'
    request: ForgotPasswordRequest
    response: ForgotPasswordResponse
  }
  /** Checks a token without using it. */
  verifyResetToken: {
    method: 'POST'
    path: '/reset-password/verify'
    request: VerifyResetTokenRequest
    response: VerifyResetTokenResponse
  }
  /** Sets the new password with a token. */
  resetPassword: {
    method: 'POST'
    path: '/reset-password'
    request: ResetPasswordRequest
    response: ResetPasswordResponse
  }
  /** Signs in with an email and a password. */
  signIn: { method: 'POST'; path: '/sign-in'; request: SignInRequest; response: SignInResponse }
  /** Changes the signed-in user's password. */
  changePassword: {
    method: 'POST'
    path: '/change-password'
    request: ChangePasswordRequest
    response: ChangePasswordResponse
  }
  /** Creates an account, usable once its email is verified. */
  signUp: { method: 'POST'; path: '/sign-up'; request: SignUpRequest; response: SignUpResponse }
  /** Verifies a new account's email with its activation link. */
  activate: {
    method: 'POST'
    path: '/activate'
    request: ActivateRequest
    response: ActivateResponse
  }
  /** Sets an invited account's first password with its invitation link. */
  acceptInvitation: {
    method: 'POST'
    path: '/accept-invitation'
    request: AcceptInvitationRequest
    response: AcceptInvitationResponse
  }
}

/** The name of a route of {@link WireRoutes}. */
export type RouteName = keyof WireRoutes

/** Method and path (under the mount point) of every route. */
export const ROUTES: {
  readonly [Name in RouteName]: {
    readonly method: WireRoutes[Name]['method']
    readonly path: WireRoutes[Name]['path']
  }
} = Object.freeze({
  policy: Object.freeze({ method: 'GET', path: '/policy' }),
  forgotPassword: Object.freeze({ method: 'POST', path: '/forgot-password' }),
  verifyResetToken: Object.freeze({ method: 'POST', path: '/reset-password/verify' }),
  resetPassword: Object.freeze({ method: 'POST', path: '/reset-password' }),
  signIn: Object.freeze({ method: 'POST', path: '/sign-in' }),
  changePassword: Object.freeze({ method: 'POST', path: '/change-password' }),
  signUp: Object.freeze({ method: 'POST', path: '/sign-up' }),
  activate: Object.freeze({ method: 'POST', path: '/activate' }),
  acceptInvitation: Object.freeze({ method: 'POST', path: '/accept-invitation' }),
})
