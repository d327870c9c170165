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

/** `POST /reset-password` body. */
export interface ResetPasswordRequest {
  /** The link's (or the update) token. */
  readonly token: string
  /** The new password. */
  readonly password: string
  /** The new password again. */
  readonly confirmation: string
}

/** `POST /reset-password` answer (200). */
export interface ResetPasswordResponse {
  /** Always `'password_changed'`. */
  readonly status: 'password_changed'
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
})
