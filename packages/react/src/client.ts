import type { Policy } from '@sesame/core'
import {
  type AcceptInvitationRequest,
  type AcceptInvitationResponse,
  type ActivateResponse,
  type ChangePasswordRequest,
  type ChangePasswordResponse,
  type ResetPasswordRequest,
  type ResetPasswordResponse,
  ROUTES,
  type RouteName,
  type SignInRequest,
  type SignInResponse,
  type SignUpRequest,
  type SignUpResponse,
  type VerifyResetTokenResponse,
  type WireRoutes,
} from '@sesame/core/wire'
import { isRecord, parsePolicy, requestJson } from './lib/request'

/** Options of {@link createSesameClient}. */
export interface SesameClientOptions {
  /** Where the routes are mounted, e.g. `'/auth'` (default `''`: same origin, root). */
  baseUrl?: string
  /** The `fetch` to use (default: the global one, looked up at call time). */
  fetch?: typeof fetch
  /** Extra headers sent with every request (e.g. a CSRF token). */
  headers?: Record<string, string>
  /** `credentials` of every request (default `'same-origin'`). */
  credentials?: RequestCredentials
}

/** Per-request options. */
export interface RequestOptions {
  /** Aborts the request. */
  signal?: AbortSignal
  /** Sent as `Accept-Language`, so the server localises its problem titles and emails. */
  locale?: string
}

/** The server's answer to `POST /reset-password/verify` (the wire's, open to custom servers). */
export interface VerifyResetTokenResult extends Partial<VerifyResetTokenResponse> {
  /** `'update'` for a migrated account's required update, else `'reset'` (custom verifiers). */
  mode?: 'reset' | 'update'
  /** The rest of the server's answer. */
  [key: string]: unknown
}

/** The server's answer to `POST /reset-password` (the wire's, open to custom servers). */
export interface ResetPasswordResult extends Partial<ResetPasswordResponse> {
  /** The rest of the server's answer. */
  [key: string]: unknown
}

/** Typed access to the routes of `@sesame/server` (under any binding), as `@sesame/core/wire` describes them. */
export interface SesameClient {
  /** `GET /policy`: the policy the server enforces. */
  getPolicy(options?: RequestOptions): Promise<Policy>
  /** `POST /forgot-password`: answered the same whether or not the account exists. */
  forgotPassword(email: string, options?: RequestOptions): Promise<void>
  /** `POST /reset-password/verify`: checks a reset token without using it up. */
  verifyResetToken(token: string, options?: RequestOptions): Promise<VerifyResetTokenResult>
  /** `POST /reset-password`: sets the new password, with a link's (or the update) token or an email and its code. */
  resetPassword(
    input: ResetPasswordRequest | { token: string; password: string; confirmation?: string },
    options?: RequestOptions,
  ): Promise<ResetPasswordResult>
  /** `POST /sign-in`: opens a session; every other outcome rejects with its problem. */
  signIn(input: SignInRequest, options?: RequestOptions): Promise<SignInResponse>
  /** `POST /change-password`: the signed-in user's new password. */
  changePassword(
    input: ChangePasswordRequest,
    options?: RequestOptions,
  ): Promise<ChangePasswordResponse>
  /** `POST /sign-up`: answered the same whether or not the email already has an account. */
  signUp(input: SignUpRequest, options?: RequestOptions): Promise<SignUpResponse>
  /** `POST /activate`: verifies a new account's email with its link's token. */
  activate(token: string, options?: RequestOptions): Promise<ActivateResponse>
  /** `POST /accept-invitation`: an invited account's first password. */
  acceptInvitation(
    input: AcceptInvitationRequest,
    options?: RequestOptions,
  ): Promise<AcceptInvitationResponse>
}

/**
 * A client for the `@sesame/server` routes (Express, Fastify or any Fetch runtime). Works with any `fetch` (tests, React Native,
 * a wrapper adding auth headers). Errors are {@link ProblemError}s; an aborted request rejects
 * with the `AbortError` unchanged.
 *
 * @example
 * const client = createSesameClient({ baseUrl: '/auth' })
 * await client.forgotPassword(email)
 */
export function createSesameClient(options: SesameClientOptions = {}): SesameClient {
  const url = options.baseUrl ?? ''
  // Trailing slashes cut by a loop, not /\/+$/: that regex is quadratic on a long run of slashes.
  let end = url.length
  while (end > 0 && url.charCodeAt(end - 1) === 47) end -= 1
  const base = url.slice(0, end)
  const send = (method: 'GET' | 'POST', path: string, body: unknown, init: RequestOptions = {}) =>
    requestJson({
      method,
      url: `${base}${path}`,
      body,
      headers: options.headers,
      credentials: options.credentials,
      signal: init.signal,
      locale: init.locale,
      fetch: options.fetch,
    })

  // The wire's bodies both ways: the server's JSON is taken as the contract's response type.
  const call = async <Name extends RouteName>(
    name: Name,
    body: WireRoutes[Name]['request'],
    init: RequestOptions | undefined,
  ): Promise<WireRoutes[Name]['response'] & Record<string, unknown>> => {
    const json = await send(ROUTES[name].method, ROUTES[name].path, body, init)
    return (isRecord(json) ? json : {}) as WireRoutes[Name]['response'] & Record<string, unknown>
  }

  return {
    async getPolicy(init) {
      return parsePolicy(await send(ROUTES.policy.method, ROUTES.policy.path, undefined, init))
    },
    async forgotPassword(email, init) {
      await call('forgotPassword', init?.locale ? { email, locale: init.locale } : { email }, init)
    },
    verifyResetToken: (token, init) => call('verifyResetToken', { token }, init),
    // The token-only shape of older servers (no confirmation) goes out as it is.
    resetPassword: (input, init) => call('resetPassword', input as ResetPasswordRequest, init),
    signIn: (input, init) => call('signIn', input, init),
    changePassword: (input, init) => call('changePassword', input, init),
    signUp: (input, init) =>
      call(
        'signUp',
        init?.locale && !input.locale ? { ...input, locale: init.locale } : input,
        init,
      ),
    activate: (token, init) => call('activate', { token }, init),
    acceptInvitation: (input, init) => call('acceptInvitation', input, init),
  }
}
